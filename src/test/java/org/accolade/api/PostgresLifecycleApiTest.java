package org.accolade.api;

import org.accolade.EmbeddedPostgresDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lifecycle through the API on a real PostgreSQL server, configured through the {@code postgres} profile. */
@ActiveProfiles({ "postgres", "demo" })
class PostgresLifecycleApiTest extends LifecycleApiTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        EmbeddedPostgresDatabase.register(registry);
    }
}
