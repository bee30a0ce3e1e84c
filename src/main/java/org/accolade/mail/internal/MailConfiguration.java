package org.accolade.mail.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    /** Compiles every template at startup, so that a missing or malformed one stops the application, not a mail. */
    @Bean
    MailRenderer mailRenderer(MailProperties properties) {
        return new MailRenderer(properties.zone());
    }
}
