package org.accolade.migration;

import org.accolade.EmbeddedPostgresDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade of the pre-organisations database on PostgreSQL, in a database of its own on the test server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("postgres")
class PostgresPreOrganisationsMigrationTest extends PreOrganisationsMigrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgresDatabase.freshDatabase("pre_organisations");
        PreOrganisationsFixture.loadInto(url, EmbeddedPostgresDatabase.USER, EmbeddedPostgresDatabase.USER);
        EmbeddedPostgresDatabase.register(registry, url);
    }
}
