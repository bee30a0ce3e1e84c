package org.accolade.api;

import org.springframework.test.context.TestPropertySource;

/** The lifecycle through the API on the embedded H2 database, the local default. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:lifecycle-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
class H2LifecycleApiTest extends LifecycleApiTests {
}
