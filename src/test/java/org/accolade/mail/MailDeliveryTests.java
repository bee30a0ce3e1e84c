package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.accolade.mail.internal.MailDispatcher;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@MailIntegrationTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mail-test;DB_CLOSE_DELAY=-1")
class MailDeliveryTests {

    /** One server for the class, on a free port known before the application starts. */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailMessageRepository repository;
    @Autowired
    MutableClock clock;

    @Test
    void aQueuedMessageIsDeliveredInUtf8AndMarkedSent() throws Exception {
        var model = TemplateModels.full(MailTemplate.REVIEW_ASSIGNED);
        model.put("jurorName", "Hélène Dupré");
        outbox.queue(new Mail("helene@example.org", Locale.FRENCH, MailTemplate.REVIEW_ASSIGNED, model));

        dispatcher.dispatchDue();

        MimeMessage received = singleMessageTo("helene@example.org");
        OutboxMessage sent = sentMail.to("helene@example.org").get(0);
        assertThat(received.getSubject())
                .isEqualTo(sent.subject())
                .isEqualTo("Nouvelle évaluation : Ada Lovelace pour le badge « Analytical Thinking »");
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat((String) received.getContent()).contains("Bonjour Hélène Dupré,", "L’équipe Accolade",
                "https://accolade.example/tasks/t3");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@accolade.local");
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        assertThat(sent.attempts()).isZero();
    }

    @Test
    void aMessageLeftSendingByACrashedNodeIsSentOnceItsClaimExpires() throws Exception {
        outbox.queue(new Mail("crash@example.org", Locale.ENGLISH, MailTemplate.OUTCOME_APPROVED,
                TemplateModels.full(MailTemplate.OUTCOME_APPROVED)));
        // Another node claims the message, then dies before sending it.
        var due = repository.findDue(clock.instant(), 100).stream()
                .filter(mail -> mail.recipient().equals("crash@example.org")).findFirst().orElseThrow();
        assertThat(repository.claim(due, clock.instant().plus(MailDispatcher.SENDING_TIMEOUT))).isPresent();

        dispatcher.dispatchDue();
        assertThat(greenMail.getReceivedMessagesForDomain("crash@example.org")).isEmpty();
        assertThat(sentMail.to("crash@example.org").get(0).status()).isEqualTo("SENDING");

        clock.advance(MailDispatcher.SENDING_TIMEOUT);
        dispatcher.dispatchDue();
        assertThat(singleMessageTo("crash@example.org").getSubject())
                .isEqualTo("Congratulations! The jury has awarded you the “Analytical Thinking” badge");
        assertThat(sentMail.to("crash@example.org").get(0).status()).isEqualTo("SENT");
    }

    private static MimeMessage singleMessageTo(String recipient) throws Exception {
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(recipient);
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(recipient);
        return received[0];
    }
}
