package org.accolade.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.accolade.mail.MutableClock;
import org.accolade.verification.LoopbackIssuer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application on H2 with a {@link MutableClock} as its clock, so that tests of rate limits move past a
 * window instead of waiting, and badges verified from a local server ({@link LoopbackIssuer}). One context for every
 * test class that carries this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:clocked;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@Import({ ClockedApplicationTest.TestClock.class, LoopbackIssuer.class })
public @interface ClockedApplicationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-12T08:00:00Z"));
        }
    }
}
