package org.accolade.api;

import java.io.IOException;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The lifecycle through the API on a real PostgreSQL server, started from Maven artifacts, configured through the
 * {@code postgres} profile's environment variables as in production. The server stops with the JVM (its shutdown
 * hook), after Spring has closed the context that uses it.
 */
@ActiveProfiles("postgres")
class PostgresLifecycleApiTest extends LifecycleApiTests {

    private static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start", e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("ACCOLADE_DB_URL", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("ACCOLADE_DB_USER", () -> "postgres");
        registry.add("ACCOLADE_DB_PASSWORD", () -> "postgres");
    }
}
