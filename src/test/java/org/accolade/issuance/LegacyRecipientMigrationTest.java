package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V10 gives the assertions issued before V7 a salt and the hash of their email, as new ones have. */
class LegacyRecipientMigrationTest {

    @Test
    void anAssertionIssuedBeforeV7GetsASaltedHashOfItsEmail() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:legacy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE");
        migrate(database, "9");
        JdbcClient jdbc = JdbcClient.create(database);
        UUID id = UUID.randomUUID();
        // Only the assertion matters here; its member and badge class are beside the point.
        jdbc.sql("set referential_integrity false").update();
        jdbc.sql("""
                insert into assertion (id, nomination_id, badge_class_id, recipient_id, recipient_email, issued_on,
                version) values (?, ?, ?, ?, 'Legacy@Example.org', current_timestamp, 0)""")
                .params(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()).update();

        migrate(database, "10");

        Map<String, Object> row = jdbc.sql("select recipient_salt, recipient_hash from assertion where id = ?")
                .param(id).query().singleRow();
        RecipientHash hash = new RecipientHash((String) row.get("RECIPIENT_HASH"), (String) row.get("RECIPIENT_SALT"));
        assertThat(hash.identity()).startsWith("sha256$");
        assertThat(hash.salt()).hasSize(32);
        assertThat(hash.matches("legacy@example.org")).isTrue();
    }

    private static void migrate(JdbcDataSource database, String target) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target).load().migrate();
    }
}
