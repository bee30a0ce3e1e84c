package org.accolade.mail.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code accolade.mail.*}. The dispatch interval is read by {@code @Scheduled} directly. {@code zone} is the one dates
 * are written in, since a mail cannot know where its reader is.
 */
@ConfigurationProperties("accolade.mail")
public record MailProperties(String from, @DefaultValue("8") int maxAttempts,
        @DefaultValue("Europe/Paris") ZoneId zone) {
}
