package org.accolade.mail.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code accolade.mail.*}. The dispatch and purge intervals are read by {@code @Scheduled} directly. {@code zone} is
 * the one dates are written in, since a mail cannot know where its reader is. A failing message is retried with a
 * back-off that doubles up to {@code longestRetry}, until {@code giveUpAfter} has passed since it was queued; the
 * operators are alerted once mail has not left for {@code stalledAfter}; a delivered body is purged after
 * {@code retention}. With no SMTP server, {@code pickupDirectory} (if set) receives each message as a file.
 */
@ConfigurationProperties("accolade.mail")
public record MailProperties(String from, @DefaultValue("Europe/Paris") ZoneId zone,
        @DefaultValue("PT1H") Duration longestRetry, @DefaultValue("P3D") Duration giveUpAfter,
        @DefaultValue("PT1H") Duration stalledAfter, @DefaultValue("P30D") Duration retention,
        String pickupDirectory) {
}
