package org.accolade;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from Maven artifacts, one per test JVM, given to the application through the
 * {@code postgres} profile's environment variables as in production. It stops with the JVM (its shutdown hook),
 * after Spring has closed the contexts that use it.
 */
public final class EmbeddedPostgresDatabase {

    /** The server's superuser, whose password is its name. */
    public static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabase() {
    }

    /** Call from a {@code @DynamicPropertySource} of a test with {@code @ActiveProfiles({ "postgres", "demo" })}. */
    public static void register(DynamicPropertyRegistry registry) {
        register(registry, server().getJdbcUrl("postgres", "postgres"));
    }

    /** The application on this database of the server, such as one made by {@link #freshDatabase}. */
    public static void register(DynamicPropertyRegistry registry, String url) {
        registry.add("ACCOLADE_DB_URL", () -> url);
        registry.add("ACCOLADE_DB_USER", () -> USER);
        registry.add("ACCOLADE_DB_PASSWORD", () -> USER);
    }

    /** An empty database of its own on the server, for a test that must not meet the others' rows; its address. */
    public static String freshDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
        return server().getJdbcUrl(USER, name);
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
