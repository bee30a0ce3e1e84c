package org.accolade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application as most tests need it: the demo network on an in-memory H2 (the screens' database), and
 * Camunda's job executor off, so that a test executes the jobs it means to. One annotation, so that every class that
 * uses it shares one application context instead of starting its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:screens;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
public @interface SharedApplicationTest {
}
