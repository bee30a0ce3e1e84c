package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Locale;

import org.accolade.mail.internal.MailDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** A mail server that cannot be reached: nothing listens on the configured port. */
@MailIntegrationTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:mail-retry-test;DB_CLOSE_DELAY=-1",
        "accolade.mail.max-attempts=4"})
class MailRetryTests {

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
    MailDispatcher dispatcher;
    @Autowired
    MutableClock clock;

    @Test
    void anUndeliverableMessageIsRetriedWithGrowingBackOffThenFails() {
        outbox.queue(new Mail("nobody@example.org", Locale.ENGLISH, MailTemplate.OUTCOME_APPROVED,
                TemplateModels.full(MailTemplate.OUTCOME_APPROVED)));

        for (Duration backOff : new Duration[] {Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2)}) {
            int attemptsBefore = message().attempts();
            dispatcher.dispatchDue();

            OutboxMessage retried = message();
            assertThat(retried.status()).isEqualTo("QUEUED");
            assertThat(retried.attempts()).isEqualTo(attemptsBefore + 1);
            assertThat(retried.nextAttemptAt()).isEqualTo(clock.instant().plus(backOff));
            assertThat(retried.lastError()).isNotBlank();

            dispatcher.dispatchDue();
            assertThat(message().attempts()).as("not retried before its back-off").isEqualTo(attemptsBefore + 1);
            clock.advance(backOff);
        }

        dispatcher.dispatchDue();
        OutboxMessage failed = message();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.sentAt()).isNull();

        clock.advance(Duration.ofDays(1));
        dispatcher.dispatchDue();
        assertThat(message()).as("a failed message is never retried").isEqualTo(failed);
    }

    private OutboxMessage message() {
        return outbox.sentTo("nobody@example.org").get(0);
    }
}
