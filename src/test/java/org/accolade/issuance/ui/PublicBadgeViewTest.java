package org.accolade.issuance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.Member;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.issuance.IssueEndorsement;
import org.accolade.issuance.IssuedBadge;
import org.accolade.ui.ScreenTexts;
import org.springframework.beans.factory.annotation.Autowired;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

class PublicBadgeViewTest extends BadgeScreenTest {

    @Autowired
    private PartnerService partners;
    @Autowired
    private EndorsementIssuance endorsements;

    @Test
    void aStrangerSeesTheBadgeItsHolderItsIssuerAndTheEvidence() {
        Member nina = people.fresh("Nina");
        IssuedBadge badge = award(nina, "expert-numerique");

        UI.getCurrent().navigate("badges/" + badge.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Expert numérique");
        assertThat(ScreenTexts.text(_get(Div.class, spec -> spec.withId("badge-status"))))
                .isEqualTo("This badge is valid.");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("badge-recipient"))))
                .isEqualTo("Awarded to Nina");
        Anchor issuer = _get(Anchor.class, spec -> spec.withId("badge-issuer"));
        assertThat(issuer.getText()).isEqualTo("Collège démo des Trois-Clochers");
        assertThat(issuer.getHref()).as("the organisation's page").isEqualTo("organisations/college");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("badge-issued-by"))))
                .contains("https://college.example.org");
        assertThat(section("badge-criteria")).contains("A mené un projet numérique abouti");
        assertThat(section("badge-alignments")).contains("DigComp 2.2").contains("1.1 · ");
        assertThat(section("badge-jury")).contains("Approved by the jury");
        assertThat(section("badge-evidence")).contains("I ran the school's recycling week.").contains("Report");
        Anchor photos = _get(Anchor.class, spec -> spec.withText("Photos"));
        assertThat(photos.getHref()).isEqualTo("https://example.org/recycling-week");
        assertThat(photos.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(photos.getElement().getAttribute("rel")).contains("noopener");
        assertThat(section("badge-endorsements")).contains("No endorsement yet.");
        assertThat(_get(Image.class, spec -> spec.withAttribute("alt", "Expert numérique")).getSrc())
                .isEqualTo("/ob/v2/assertions/" + badge.id() + "/image.png");
        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in")).getText()).isEqualTo("Sign in");
        _assertNone(Button.class, spec -> spec.withText("Sign out"));
    }

    @Test
    void theBadgeCanBeDownloadedVerifiedAndAddedToLinkedIn() {
        IssuedBadge badge = award(people.fresh("Nina"), "expert-numerique");

        UI.getCurrent().navigate("badges/" + badge.id());

        Anchor png = _get(Anchor.class, spec -> spec.withText("Download the badge (PNG)"));
        assertThat(png.getHref()).isEqualTo("/ob/v2/assertions/" + badge.id() + "/image.png");
        assertThat(png.isDownload()).isTrue();
        Anchor linkedIn = _get(Anchor.class, spec -> spec.withText("Add to LinkedIn profile"));
        assertThat(linkedIn.getHref()).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
                .contains("&name=Expert%20num%C3%A9rique&")
                .contains("&organizationName=Coll%C3%A8ge%20d%C3%A9mo%20des%20Trois-Clochers&")
                .contains("&certUrl=" + URLEncoder.encode(urls.page(badge.id()), StandardCharsets.UTF_8))
                .endsWith("&certId=" + badge.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Verify this badge")).getHref()).isEqualTo("/verify");
        assertThat(_get(Anchor.class, spec -> spec.withText("The badge as Open Badges JSON")).getHref())
                .isEqualTo("/ob/v2/assertions/" + badge.id());
    }

    @Test
    void theOpenBadges3CredentialIsOfferedBesideThe2AssertionWithWhereToUseIt() {
        IssuedBadge badge = award(people.fresh("Nina"), "citoyen");

        UI.getCurrent().navigate("badges/" + badge.id());

        UnorderedList credential = _get(UnorderedList.class, spec -> spec.withId("badge-credential"));
        assertThat(ScreenTexts.text(credential))
                .contains("Open Badges 3.0, a verifiable credential: for digital wallets");
        assertThat(_get(Anchor.class, spec -> spec.withText("Credential 3.0 (JSON)")).getHref())
                .isEqualTo("/ob/v3/credentials/" + badge.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Credential 3.0 (VC-JWT)")).getHref())
                .isEqualTo("/ob/v3/credentials/" + badge.id() + ".jwt");
        Anchor png = _get(Anchor.class, spec -> spec.withText("Download the badge 3.0 (PNG)"));
        assertThat(png.getHref()).isEqualTo("/ob/v3/credentials/" + badge.id() + "/image.png");
        assertThat(png.isDownload()).isTrue();
    }

    @Test
    void aRevokedBadgeSaysSoWithTheReason() {
        IssuedBadge badge = award(people.fresh("Nina"), "citoyen");
        people.as("admin", () -> assertions.revoke(badge.id(), "The evidence was copied."));

        UI.getCurrent().navigate("badges/" + badge.id());

        Div status = _get(Div.class, spec -> spec.withId("badge-status"));
        assertThat(ScreenTexts.text(status)).startsWith("This badge was revoked on ")
                .endsWith("; it is no longer valid. Reason: The evidence was copied.");
        assertThat(status.getElement().getAttribute("data-status")).isEqualTo("REVOKED");
    }

    @Test
    void thePageSpeaksFrench() {
        IssuedBadge badge = award(people.fresh("Nina"), "citoyen");
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("badges/" + badge.id());

        assertThat(ScreenTexts.text(_get(Div.class, spec -> spec.withId("badge-status"))))
                .isEqualTo("Ce badge est valide.");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("badge-recipient"))))
                .isEqualTo("Décerné à Nina");
        assertThat(_get(Anchor.class, spec -> spec.withText("Ajouter au profil LinkedIn"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Télécharger le badge (PNG)"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Télécharger le badge 3.0 (PNG)"))).isNotNull();
        assertThat(ScreenTexts.text(_get(UnorderedList.class, spec -> spec.withId("badge-credential"))))
                .contains("une attestation vérifiable");
        assertThat(section("badge-endorsements")).contains("Endossements")
                .contains("Aucun endossement pour l’instant.");
        assertThat(ScreenTexts.text(_get(PublicBadgeView.class))).doesNotContain("!badges");
    }

    @Test
    void anUnknownOrMalformedAddressIsNoSuchBadge() {
        UI.getCurrent().navigate("badges/" + UUID.randomUUID());
        assertThat(_get(H1.class).getText()).isEqualTo("No such badge");
        assertThat(_find(Section.class)).isEmpty();

        UI.getCurrent().navigate("badges/not-a-badge");
        assertThat(_get(Paragraph.class, spec -> spec.withId("badge-none")).getText())
                .startsWith("There is no badge at this address.");
    }

    @Test
    void aPartnersEndorsementIsShownWithItsWordsAndWhoSignedIt() {
        IssuedBadge badge = award(people.fresh("Sara"), "expert-numerique");
        PartnerOrganisation partner = partners.all().get(0);
        endorsements.issue(new IssueEndorsement(UUID.randomUUID(),
                new EndorsedSubject(EndorsedSubject.Type.ASSERTION, badge.id().value()), partner.id(),
                "Sara ran our digital workshop.", "Marie Curie", "Director", Instant.parse("2026-11-20T10:00:00Z")));

        UI.getCurrent().navigate("badges/" + badge.id());

        assertThat(section("badge-endorsements")).contains(partner.name(), "Sara ran our digital workshop.",
                "Marie Curie, Director", "November 20, 2026");
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
