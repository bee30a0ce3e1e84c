package org.accolade.mail.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.community.InvitationService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.PendingMail;
import org.accolade.mail.internal.SentMail;
import org.accolade.shared.DomainException;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;

class OutboxViewTest extends KaribuTest {

    /**
     * KaribuTest's route scan finds public views only (Karibu's class scan skips package-private classes), so
     * this screen is registered here until the scan includes it.
     */

    @Autowired
    InvitationService invitations;
    @Autowired
    MailOutbox outbox;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDelivery delivery;
    @Autowired
    MailMessageRepository repository;

    @Test
    void anIssuerAdminReadsTheNewestMessageButNotTheTokenOfItsInvitationLink() {
        String address = invited("Olivia Outbox");
        signIn("admin");
        UI.getCurrent().navigate("admin/outbox");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Outbox");
        Grid<OutboxMessage> grid = grid();
        OutboxMessage newest = _get(grid, 0);
        assertThat(newest.recipient()).isEqualTo(address);
        assertThat(_getFormattedRow(grid, 0)).contains(address, "Collège démo des Trois-Clochers",
                "Admin Démo invites you to join Collège démo des Trois-Clochers", "Queued");
        grid.select(newest);

        assertThat(_get(H3.class, spec -> spec.withId("outbox-subject")).getText())
                .isEqualTo("Admin Démo invites you to join Collège démo des Trois-Clochers");
        assertThat(_get(Pre.class, spec -> spec.withId("outbox-body")).getText()).startsWith("Hello Olivia Outbox,");
        assertThat(_find(Anchor.class, spec -> spec.withText(newest.links().get(0)))).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withText(newest.links().get(0))).getText())
                .isEqualTo("http://localhost:8080/invite/" + MailMessageRepository.MASK);
        assertThat(_get(Pre.class, spec -> spec.withId("outbox-body")).getText())
                .contains("/invite/" + MailMessageRepository.MASK).doesNotContainPattern("/invite/[A-Za-z0-9_-]{43}");
        assertThat(_find(Button.class, spec -> spec.withId("outbox-resend")))
                .as("a queued message is on its way, there is nothing to send again").isEmpty();
    }

    @Test
    void anIssuerAdminSendsADeliveredInvitationAgainWithANewLinkAndTheOldOneDies() {
        String address = invited("Sacha Again");
        OutboxMessage first = sentMail.to(address).get(0);
        String oldToken = tokenIn(delivery.prepare(first.id()).orElseThrow());
        delivered(first.id());
        assertThat(invitations.describe(oldToken).email()).isEqualTo(address);
        signIn("admin");
        UI.getCurrent().navigate("admin/outbox");

        grid().select(_get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("outbox-resend")));

        NotificationsKt.expectNotifications("The message will be sent again, with a new link where it has one;"
                + " the previous link no longer works.");
        assertThatThrownBy(() -> invitations.describe(oldToken)).isInstanceOf(DomainException.class)
                .hasMessageContaining("invitation.unknown");
        List<OutboxMessage> mails = sentMail.to(address);
        assertThat(mails).extracting(OutboxMessage::status).containsExactlyInAnyOrder("QUEUED", "SENT");
        OutboxMessage copy = mails.stream().filter(mail -> mail.status().equals("QUEUED")).findFirst().orElseThrow();
        String newToken = tokenIn(delivery.prepare(copy.id()).orElseThrow());
        assertThat(invitations.describe(newToken).email()).isEqualTo(address);
    }

    /** What a dispatcher does once the mail server took the message. */
    private void delivered(UUID id) {
        PendingMail due = repository.findDue(Instant.now().plusSeconds(3600), 500).stream()
                .filter(mail -> mail.id().equals(id)).findFirst().orElseThrow();
        repository.markSent(repository.claim(due, Instant.now()).orElseThrow(), Instant.now());
    }

    private static String tokenIn(String body) {
        Matcher link = Pattern.compile("/invite/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("an invitation link in " + body).isTrue();
        return link.group(1);
    }

    @Test
    void theSelectedMessageShowsItsRecipientLanguageStatusAndAttempts() {
        String address = invited("Paul Details");
        signIn("admin");
        UI.getCurrent().navigate("admin/outbox");

        grid().select(_get(grid(), 0));

        String details = _get(OutboxView.class).getElement().getTextRecursively();
        assertThat(details).contains("Recipient: " + address, "Language: English", "Status: Queued",
                "Attempts: 0");
        assertThat(_find(UnorderedList.class, spec -> spec.withId("outbox-links"))).hasSize(1);
    }

    @Test
    void theStatusFilterListsOnlyMessagesOfThatStatus() {
        invited("Quentin Queued");
        signIn("admin");
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withLabel("Status"));

        _setValue(status, "QUEUED");
        assertThat(_size(grid())).isEqualTo(outbox.count("QUEUED")).isPositive();
        assertThat(_getFormattedRow(grid(), 0)).endsWith("Queued");
        // No mail server in the tests: nothing is ever sent.
        _setValue(status, "SENT");
        assertThat(_size(grid())).isZero();
        _setValue(status, "");
        assertThat(_size(grid())).isEqualTo(outbox.count(null));
    }

    @Test
    void theOutboxSpeaksFrench() {
        invited("Rose Française");
        signIn("admin");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/outbox");

        assertThat(_get(H2.class).getText()).isEqualTo("Boîte d’envoi");
        assertThat(_getFormattedRow(grid(), 0)).endsWith("En attente");
        grid().select(_get(grid(), 0));
        assertThat(_get(OutboxView.class).getElement().getTextRecursively()).contains("Destinataire\u00a0:",
                "Langue\u00a0: anglais");
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn("alice");
        UI.getCurrent().navigate("admin/outbox");

        assertThat(_find(OutboxView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThatThrownBy(() -> outbox.count(null)).isInstanceOf(AccessDeniedException.class);
    }

    /** A fresh message at the top of the outbox: an invitation in English to a new address. */
    private String invited(String name) {
        String address = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        people.as("admin", () -> invitations.inviteMember(address, name, Locale.ENGLISH, Set.of(Role.MEMBER),
                Membership.member(people.college())));
        return address;
    }

    private Grid<OutboxMessage> grid() {
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = _get(Grid.class);
        return grid;
    }

}
