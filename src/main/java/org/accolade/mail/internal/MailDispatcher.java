package org.accolade.mail.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP, or into the pickup directory of a local run. It exists only when one of them is set
 * ({@code spring.mail.host}, {@code accolade.mail.pickup-directory}): otherwise messages stay QUEUED. Several nodes may run it at once: each message is claimed with a conditional update
 * before it is sent, so only one node sends it. Delivery is at least once: a node that stops between sending and
 * marking SENT leaves a claim that expires, and the message is sent again. Tokens of single-use links are written
 * into a message only now ({@link MailDelivery}), so a message sent again carries a new link and the old one dies.
 */
@Component
@ConditionalOnExpression("'${spring.mail.host:}' != '' or '${accolade.mail.pickup-directory:}' != ''")
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    /** Small batches keep a slow mail server from holding many claims at once. */
    private static final int BATCH_SIZE = 20;

    /** How long a claimed message may stay SENDING before it is taken to belong to a crashed node. */
    public static final Duration SENDING_TIMEOUT = Duration.ofMinutes(10);

    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final MailMessageRepository repository;
    private final MailDelivery delivery;
    private final MailStallAlarm alarm;
    private final JavaMailSender mailSender;
    private final MailProperties properties;
    private final Clock clock;

    MailDispatcher(MailMessageRepository repository, MailDelivery delivery, MailStallAlarm alarm,
            JavaMailSender mailSender, MailProperties properties, Clock clock) {
        this.repository = repository;
        this.delivery = delivery;
        this.alarm = alarm;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends everything due, batch after batch. It ends because every message handled leaves the due set: sent,
     * postponed, failed, cancelled, or claimed by another node. Then tells the operators if mail has stalled.
     */
    @Scheduled(initialDelayString = "${accolade.mail.dispatch-interval}",
            fixedDelayString = "${accolade.mail.dispatch-interval}")
    public void dispatchDue() {
        List<PendingMail> due;
        do {
            due = repository.findDue(clock.instant(), BATCH_SIZE);
            due.forEach(this::deliver);
        } while (due.size() == BATCH_SIZE);
        alarm.check();
    }

    private void deliver(PendingMail mail) {
        repository.claim(mail, clock.instant().plus(SENDING_TIMEOUT)).ifPresent(this::send);
    }

    private void send(PendingMail mail) {
        Optional<String> body = delivery.prepare(mail);
        if (body.isEmpty()) {
            log.info("Mail {} not sent: the link it carries can no longer be used", mail.id());
            repository.recordFailure(mail, MailStatus.CANCELLED, "The link can no longer be used", clock.instant());
            return;
        }
        try {
            mailSender.send(message -> prepare(message, mail, body.get()));
        } catch (MailException e) {
            recordFailure(mail, e);
            return;
        }
        repository.markSent(mail, clock.instant());
    }

    private void prepare(MimeMessage message, PendingMail mail, String body) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(body);
    }

    private void recordFailure(PendingMail mail, MailException error) {
        int attempts = mail.attempts() + 1;
        Instant now = clock.instant();
        String reason = describe(error);
        if (!now.isBefore(mail.queuedAt().plus(properties.giveUpAfter()))) {
            log.error("Giving up mail {} to {} after {} attempts: {}", mail.id(), mail.recipient(), attempts, reason);
            repository.recordFailure(mail, MailStatus.FAILED, reason, now);
        } else {
            Duration delay = backOff(attempts, properties.longestRetry());
            log.warn("Mail {} to {} failed (attempt {}), retrying in {}: {}", mail.id(), mail.recipient(), attempts,
                    delay, reason);
            repository.recordFailure(mail, MailStatus.QUEUED, reason, now.plus(delay));
        }
    }

    /**
     * 30 s, 1 min, 2 min… doubling up to {@code longest} (an hour by default), then every {@code longest} until the
     * message is given up: a short outage of the mail server is bridged quickly, a long one is not hammered.
     */
    static Duration backOff(int failures, Duration longest) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(longest) < 0 ? delay : longest;
    }

    private static String describe(MailException error) {
        String message = Objects.toString(error.getMessage(), error.getClass().getName());
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH);
    }
}
