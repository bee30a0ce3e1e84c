package org.accolade.mail.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivered mail is kept only as long as an admin may need to read it ({@code accolade.mail.retention}): after that
 * its body goes, and the row stays to say who was written to, with which template, when, and whether it left.
 */
@Component
public class MailRetention {

    private static final Logger log = LoggerFactory.getLogger(MailRetention.class);

    private final MailMessageRepository repository;
    private final MailProperties properties;
    private final Clock clock;

    MailRetention(MailMessageRepository repository, MailProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${accolade.mail.purge-interval}",
            fixedDelayString = "${accolade.mail.purge-interval}")
    public void purgeDeliveredBodies() {
        int purged = repository.purgeBodies(clock.instant().minus(properties.retention()));
        if (purged > 0) {
            log.info("Purged the bodies of {} delivered messages older than {}", purged, properties.retention());
        }
    }
}
