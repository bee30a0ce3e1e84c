package org.accolade;

import java.io.IOException;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from Maven artifacts, one per test JVM, given to the application through the
 * {@code postgres} profile's environment variables as in production. It stops with the JVM (its shutdown hook),
 * after Spring has closed the contexts that use it.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** Call from a {@code @DynamicPropertySource} of a test with {@code @ActiveProfiles({ "postgres", "demo" })}. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("ACCOLADE_DB_URL", () -> server().getJdbcUrl("postgres", "postgres"));
        registry.add("ACCOLADE_DB_USER", () -> "postgres");
        registry.add("ACCOLADE_DB_PASSWORD", () -> "postgres");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not start", e);
            }
        }
        return server;
    }
}
