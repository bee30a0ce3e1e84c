package org.accolade.web;

import org.springframework.boot.test.context.SpringBootTest;

/** The fuzz tests on H2, in the screens' application context. */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:screens;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
class H2ApiFuzzTest extends ApiFuzzTests {
}
