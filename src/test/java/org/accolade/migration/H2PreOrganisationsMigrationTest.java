package org.accolade.migration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The upgrade of the pre-organisations database on H2, the local default. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("upgrade")
class H2PreOrganisationsMigrationTest extends PreOrganisationsMigrationTests {

    private static final String URL = "jdbc:h2:mem:pre-organisations;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PreOrganisationsFixture.loadInto(URL, "sa", "");
        registry.add("spring.datasource.url", () -> URL);
    }
}
