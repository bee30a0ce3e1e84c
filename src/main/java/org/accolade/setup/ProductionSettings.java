package org.accolade.setup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start under the {@code prod} profile with a signing secret that anyone could know: the development
 * default of {@code application.yml} (read from there, so that it is written once) or one too short to resist
 * guessing. It encrypts every issuer's private keys, so a known secret is a leak waiting for a database dump.
 * Checked before any bean exists, so the operator reads one clear line instead of a half-started application.
 */
class ProductionSettings implements EnvironmentPostProcessor, Ordered {

    static final String SECRET = "accolade.signing.secret";
    static final int MIN_SECRET_LENGTH = 32;
    private static final String DEFAULTS = "[application.yml]";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        String secret = configured(environment);
        if (secret.isBlank()) {
            throw refused("ACCOLADE_SIGNING_SECRET is not set");
        }
        if (secret.equals(developmentSecret(environment))) {
            throw refused("ACCOLADE_SIGNING_SECRET is the development secret of application.yml");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw refused("ACCOLADE_SIGNING_SECRET has fewer than " + MIN_SECRET_LENGTH + " characters");
        }
    }

    /** After the configuration files are read, which is what this check is about. */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    private static String configured(ConfigurableEnvironment environment) {
        try {
            return environment.getProperty(SECRET, "");
        } catch (IllegalArgumentException unresolved) {
            return ""; // application-prod.yml's ${ACCOLADE_SIGNING_SECRET} without the variable
        }
    }

    private static String developmentSecret(ConfigurableEnvironment environment) {
        return environment.getPropertySources().stream()
                .filter(source -> source.getName().contains(DEFAULTS))
                .map(source -> source.getProperty(SECRET))
                .filter(String.class::isInstance).map(String.class::cast)
                .findFirst().orElse(null);
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("Refusing to start under the prod profile: " + why + ". It encrypts the "
                + "issuers' signing keys: set it to a long random value kept secret (for example the output of "
                + "`openssl rand -base64 48`), and never change it afterwards.");
    }
}
