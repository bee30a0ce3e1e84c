package org.accolade.issuance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;

class OrganisationPageTest extends BadgeScreenTest {

    @Autowired
    private PartnerService partners;
    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MailDelivery delivery;

    @Test
    void aStrangerReadsWhoTheOrganisationIsWhatItAwardsAndHowToAsk() {
        UI.getCurrent().navigate("organisations/universite");

        assertThat(_get(H1.class).getText()).isEqualTo("Université démo");
        assertThat(section("organisation-badges")).contains("Tutorat", "Engagement étudiant",
                "open to everyone in the network").doesNotContain("Citoyen");
        assertThat(_get(Anchor.class, spec -> spec.withId("organisation-catalogue")).getHref())
                .isEqualTo("catalog?organisation=universite");
        assertThat(ScreenTexts.text(_get(OrganisationPage.class))).contains("https://universite.example.org",
                "contact@universite.example.org");
    }

    @Test
    void itShowsThePartnersEndorsementsOfItsBadgesInFrench() {
        PartnerRequests requests = new PartnerRequests(partners, sentMail, delivery, endorsements, people);
        PartnerOrganisation partner = requests.ask("Fondation", EndorsedSubject.badgeClass(badgeClass("tutorat")),
                "ursula").partner();
        requests.endorse(partner);
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("organisations/universite");

        assertThat(section("organisation-endorsements")).contains(partner.name(), "We hire on this badge.");
        assertThat(section("organisation-ask")).contains("Comment recevoir l’un de ses badges");
    }

    @Test
    void anUnknownKeyIsNoOrganisation() {
        UI.getCurrent().navigate("organisations/nowhere");

        assertThat(_get(H1.class).getText()).isEqualTo("No such organisation");
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
