package org.accolade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.EndorsementStatus;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.MailTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admin asks the demo partner to endorse the badge "citoyen"; the partner opens the link of the email in a
 * French browser, without an account, endorses it and is thanked; the badge class's Open Badges document then lists
 * the endorsement.
 */
class PartnerEndorsementJourneyTest extends BrowserTest {

    private static final String DEMO_PARTNER = "partner@example.org";

    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MessageSource messages;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void theDemoPartnerEndorsesABadgeFromTheLinkInItsEmailInFrench() {
        PartnerRequests partners = new PartnerRequests(partnerService, outbox, delivery, endorsements,
                new People(members, users));
        PartnerOrganisation partner = partnerService.all().stream()
                .filter(organisation -> organisation.email().equals(DEMO_PARTNER)).findFirst().orElseThrow();
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId request = partners.ask(partner, EndorsedSubject.badgeClass(citoyen.id()));
        String token = partners.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

        open("fr");
        go("/endorse/" + token);
        assertThat(shows(text("endorse-page.title"))).isTrue();
        assertThat(shows(citoyen.criteria())).isTrue();
        choose(text("form.endorse.decision.endorse"));
        fill(text("form.endorse.comment"), "Nous recrutons des jeunes qui détiennent ce badge.");
        fill(text("form.endorse.endorserName"), "Paula Partenaire");
        fill(text("form.endorse.endorserRole"), "Responsable de la formation");
        screenshot("endorse-fr");
        press(text("endorse-page.send"));

        assertThat(waitFor(By.id("endorse-done")).getText())
                .isEqualTo(text("endorse-page.done.ENDORSED", citoyen.name()));
        assertThat(all(By.tagName("vaadin-radio-group"))).isEmpty();
        assertThat(partners.statusOf(request)).isEqualTo(EndorsementStatus.ENDORSED);
        JsonNode badge = rest.getForObject("/ob/v2/badges/" + citoyen.id(), JsonNode.class);
        assertThat(badge.path("endorsement")).singleElement()
                .satisfies(url -> assertThat(url.asText()).contains("/ob/v2/endorsements/"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
