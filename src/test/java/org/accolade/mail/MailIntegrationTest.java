package org.accolade.mail;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole application with a {@link MutableClock}, Camunda's job executor off and the scheduled dispatch pushed an
 * hour away, so that tests call the dispatcher themselves. Each class names its own in-memory database, and its
 * context is closed afterwards: the mail settings differ from class to class, so it would never be reused.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=false", "accolade.mail.dispatch-interval=PT1H"})
@Import(MailIntegrationTest.TestClock.class)
@DirtiesContext
public @interface MailIntegrationTest {

    Instant START = Instant.parse("2025-03-12T08:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }
}
