package org.accolade.mail.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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

    /** Without an SMTP server, the local run delivers into a directory (see PickupDirectoryMailSender). */
    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}' == '' and '${accolade.mail.pickup-directory:}' != ''")
    PickupDirectoryMailSender pickupDirectoryMailSender(MailProperties properties, Clock clock) {
        return new PickupDirectoryMailSender(Path.of(properties.pickupDirectory()), clock);
    }
}
