package org.accolade.web;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The fuzz tests on H2, on a database of their own: other application contexts of the test run share the screens'
 * database, and one whose job executor runs would change it while the data is compared.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:fuzz;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
class H2ApiFuzzTest extends ApiFuzzTests {
}
