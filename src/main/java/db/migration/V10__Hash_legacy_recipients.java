package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.accolade.issuance.RecipientHash;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the assertions issued before V7 their Open Badges recipient: a fresh salt and the sha256$ hash of their
 * email, the same rule as new ones (ADR 8). In Java because H2 and PostgreSQL spell SHA-256 differently in SQL.
 */
public class V10__Hash_legacy_recipients extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Map<UUID, String> legacy = new LinkedHashMap<>();
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "select id, recipient_email from assertion where recipient_hash is null");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                legacy.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "update assertion set recipient_salt = ?, recipient_hash = ? where id = ?")) {
            for (Map.Entry<UUID, String> assertion : legacy.entrySet()) {
                RecipientHash hash = RecipientHash.of(assertion.getValue(), RecipientHash.newSalt());
                update.setString(1, hash.salt());
                update.setString(2, hash.identity());
                update.setObject(3, assertion.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
