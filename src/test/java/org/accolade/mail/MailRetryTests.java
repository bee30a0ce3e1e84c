package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.accolade.mail.internal.MailDispatcher;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** A mail server that cannot be reached: nothing listens on the configured port. */
@MailIntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:mail-retry-test;DB_CLOSE_DELAY=-1",
        "accolade.operator-email=operators@example.org"})
class MailRetryTests {

    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Duration GIVE_UP_AFTER = Duration.ofDays(3);
    private static final String OPERATORS = "operators@example.org";

    @DynamicPropertySource
    static void unreachableSmtp(DynamicPropertyRegistry registry) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> closedPort);
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MutableClock clock;

    @Test
    void anUndeliverableMessageIsRetriedWithABackOffCappedAtAnHourForThreeDaysThenFails() {
        String recipient = queueTo("nobody");
        Instant queued = clock.instant();

        int attempts = 0;
        while (clock.instant().isBefore(queued.plus(GIVE_UP_AFTER))) {
            dispatcher.dispatchDue();
            attempts++;
            Duration backOff = expectedBackOff(attempts);
            OutboxMessage retried = message(recipient);
            assertThat(retried.status()).isEqualTo("QUEUED");
            assertThat(retried.attempts()).isEqualTo(attempts);
            assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant().plus(backOff));
            assertThat(retried.lastError()).isNotBlank();

            dispatcher.dispatchDue();
            assertThat(message(recipient).attempts()).as("not retried before its back-off").isEqualTo(attempts);
            clock.advance(backOff);
        }
        assertThat(attempts).as("8 attempts in the first hour, then one an hour for three days").isGreaterThan(70);

        dispatcher.dispatchDue();
        OutboxMessage failed = message(recipient);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(attempts + 1);
        assertThat(failed.sentAt()).isNull();

        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(message(recipient)).as("a failed message is not retried by itself").isEqualTo(failed);
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void anOperatorSendsAFailedMessageAgainAndItIsRetriedForAnotherThreeDays() {
        String recipient = queueTo("failed");
        dispatcher.dispatchDue();
        clock.advance(GIVE_UP_AFTER);
        dispatcher.dispatchDue();
        OutboxMessage failed = message(recipient);
        assertThat(failed.status()).isEqualTo("FAILED");

        assertThat(outbox.resend(failed.id())).isEqualTo(failed.id());

        OutboxMessage again = message(recipient);
        assertThat(again.status()).isEqualTo("QUEUED");
        assertThat(again.attempts()).isZero();
        assertThat(again.nextAttemptAt()).isEqualTo(clock.instant());
        dispatcher.dispatchDue();
        assertThat(message(recipient).status()).as("three days from the resend, not from the first queueing")
                .isEqualTo("QUEUED");
    }

    @Test
    void theOperatorsAreAlertedOnceWhenMailHasNotLeftForAnHour() {
        long alertsBefore = alerts();
        queueTo("stuck");
        dispatcher.dispatchDue();

        clock.advance(Duration.ofMinutes(59));
        dispatcher.dispatchDue();
        assertThat(alerts()).as("not before an hour").isEqualTo(alertsBefore);

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(alerts()).isEqualTo(alertsBefore + 1);
        assertThat(sentMail.to(OPERATORS).get(0).subject()).startsWith("Accolade : les e-mails ne partent plus");

        for (int tick = 0; tick < 5; tick++) {
            clock.advance(LONGEST_RETRY);
            dispatcher.dispatchDue();
        }
        assertThat(alerts()).as("once per outage, not once per dispatch").isEqualTo(alertsBefore + 1);
    }

    private String queueTo(String name) {
        String recipient = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        outbox.queue(new Mail(recipient, Locale.ENGLISH, MailTemplate.OUTCOME_APPROVED,
                TemplateModels.full(MailTemplate.OUTCOME_APPROVED)));
        return recipient;
    }

    private static Duration expectedBackOff(int failures) {
        Duration doubled = Duration.ofSeconds(30).multipliedBy(1L << Math.min(failures - 1, 20));
        return doubled.compareTo(LONGEST_RETRY) < 0 ? doubled : LONGEST_RETRY;
    }

    private long alerts() {
        return sentMail.to(OPERATORS).stream().filter(mail -> mail.template().equals("MAIL_STALLED")).count();
    }

    private OutboxMessage message(String recipient) {
        return sentMail.to(recipient).get(0);
    }
}
