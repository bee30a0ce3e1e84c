package org.accolade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.LinkExtractor;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * alice nominates someone with no account; with no mail server, the admin finds the invitation in the outbox; the
 * newcomer opens its link, creates the account and lands on the nomination waiting for them, which they accept.
 */
class InvitationJourneyTest extends BrowserTest {

    private static final String NEWCOMER = "nora.newcomer@example.org";

    @Autowired
    private MessageSource messages;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MailDelivery delivery;

    @Test
    void aNewcomerInvitedByEmailCreatesTheirAccountFromTheLinkAndAcceptsTheNomination() {
        open("en");
        signIn("alice", "demo");
        go("/catalog");
        pressNear("Solidaire", text("catalog.nominate"));
        fill(text("form.nominate.nomineeEmail"), NEWCOMER);
        fill(text("form.nominate.nomineeName"), "Nora");
        fill(text("form.nominate.narrative"), "Nora runs the school's food bank every Friday with six volunteers.");
        press(text("nominate.send.NOMINATION"));

        signIn("admin", "demo");
        go("/admin/outbox");
        waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + NEWCOMER + "']")).click();
        waitForVaadin();
        screenshot("outbox-en");
        // The outbox masks the token: the link is the one the mail carries when it leaves.
        OutboxMessage invitation = sentMail.to(NEWCOMER).stream()
                .filter(mail -> mail.template().equals(MailTemplate.INVITATION.name())).findFirst().orElseThrow();
        String link = LinkExtractor.linksIn(delivery.prepare(invitation.id()).orElseThrow()).stream()
                .filter(url -> url.contains("/invite/")).findFirst().orElseThrow();

        browser().manage().deleteAllCookies();
        go(link.substring(link.indexOf("/invite/")));
        fill(text("invitation.name"), "Nora Newcomer");
        fill(text("invitation.password"), "a-long-password");
        fill(text("invitation.password-again"), "a-long-password");
        screenshot("invitation-en");
        press(text("invitation.create"));

        assertThat(browser().getCurrentUrl()).contains("/tasks/");
        choose(text("form.accept-nomination.decision.accept"));
        press(text("task.complete"));
        go("/");
        // the home page lists the next task once the acceptance is through; a loaded machine may need a reload
        waitForText(text("home.task.Task_SubmitEvidence"));
        assertThat(shows(text("home.task.Task_SubmitEvidence"))).isTrue();
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
