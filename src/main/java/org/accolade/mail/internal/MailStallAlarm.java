package org.accolade.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.shared.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells the operators when mail has not left for {@code accolade.mail.stalled-after}: a message has been failing
 * since then. Once per outage: an outage is known by when its oldest failing message was queued, and it has been
 * reported once an alert was queued after that. Logged at ERROR too, since mail may be the very thing that is down.
 */
@Component
class MailStallAlarm {

    private static final Logger log = LoggerFactory.getLogger(MailStallAlarm.class);

    private final MailMessageRepository repository;
    private final MailOutbox outbox;
    private final MailProperties properties;
    private final Clock clock;
    private final String outboxUrl;
    /** The outage this node has logged, so that the log is not repeated on every tick either. */
    private volatile Instant logged;

    MailStallAlarm(MailMessageRepository repository, MailOutbox outbox, MailProperties properties, Clock clock,
            PublicLinks links) {
        this.repository = repository;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.outboxUrl = links.outbox();
    }

    void check() {
        Instant now = clock.instant();
        repository.oldestFailing(MailTemplate.MAIL_STALLED)
                .filter(since -> !since.plus(properties.stalledAfter()).isAfter(now))
                .ifPresent(this::alert);
    }

    private void alert(Instant since) {
        if (!Objects.equals(since, logged)) {
            log.error("Mail has not left since {}: messages keep failing, see {}", since, outboxUrl);
            logged = since;
        }
        if (!repository.queuedSince(MailTemplate.MAIL_STALLED, since)) {
            outbox.alertOperators(MailTemplate.MAIL_STALLED, Map.of("since", since, "outboxUrl", outboxUrl));
        }
    }
}
