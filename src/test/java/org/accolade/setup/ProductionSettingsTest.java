package org.accolade.setup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The prod profile refuses a signing secret anyone could know, before anything else starts. */
class ProductionSettingsTest {

    @Test
    void theDevelopmentSecretOfApplicationYmlIsRefused() {
        assertThatThrownBy(() -> start("prod", "--accolade.signing.secret=local-development-secret-change-me"))
                .hasMessageContaining("Refusing to start under the prod profile")
                .hasMessageContaining("the development secret of application.yml");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> start("prod", "--accolade.signing.secret=change-me-too"))
                .hasMessageContaining("fewer than 32 characters");
    }

    @Test
    void aMissingSecretIsRefusedWithTheVariableToSet() {
        assertThatThrownBy(() -> start("prod")).hasMessageContaining("ACCOLADE_SIGNING_SECRET is not set");
    }

    @Test
    void aLongSecretOfItsOwnStartsAndOtherProfilesKeepTheDevelopmentOne() {
        assertThatCode(() -> start("prod", "--accolade.signing.secret=6pS0yq2cYc0Wk3v0b5Gq9a8dF1rT7uXzLmN4eH2j"))
                .doesNotThrowAnyException();
        assertThatCode(() -> start("postgres")).doesNotThrowAnyException();
    }

    /** The configuration files and environment post-processors, without the application's beans. */
    private static void start(String profile, String... args) {
        var application = new SpringApplication(Nothing.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setAdditionalProfiles(profile);
        try (ConfigurableApplicationContext context = application.run(args)) {
            context.getId();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
