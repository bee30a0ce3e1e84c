package db.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the assertions issued before V7 their Open Badges recipient: a fresh salt and the sha256$ hash of their
 * email, the rule of ADR 8 as it stood when this ran. In Java because H2 and PostgreSQL spell SHA-256 differently in
 * SQL. The rule is copied here rather than called, so that a later change of the application's hashing cannot change
 * what this migration did.
 */
public class V10__Hash_legacy_recipients extends BaseJavaMigration {

    private static final SecureRandom RANDOM = new SecureRandom();

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
                String salt = newSalt();
                update.setString(1, salt);
                update.setString(2, identity(assertion.getValue(), salt));
                update.setObject(3, assertion.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** 128 random bits in hex, one salt per assertion. */
    private static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** {@code sha256$} and the hex of SHA-256(email trimmed and lower-cased + salt). */
    private static String identity(String email, String salt) throws Exception {
        String text = email.strip().toLowerCase(Locale.ROOT) + salt;
        return "sha256$" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
