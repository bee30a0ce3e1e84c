package org.accolade;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;

/**
 * The database slice, for a class that needs only its tables: H2 migrated by Flyway, and Spring Data JDBC's
 * repositories with the application's unquoted names ({@link PersistenceConfiguration}); no engine, no web, no
 * services. A test imports the classes it tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJdbcTest(properties = "spring.datasource.url=jdbc:h2:mem:persistence;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE")
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import(PersistenceConfiguration.class)
public @interface PersistenceTest {
}
