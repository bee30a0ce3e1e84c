package org.accolade.endorsement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.EndorsementStatus;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.endorsement.PartnerRequests.Asked;
import org.accolade.endorsement.internal.EndorsementContract;
import org.accolade.endorsement.internal.EndorsementContract.Start;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskListService;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The partner's page under Karibu, anonymous as a partner is, with the link's token read from the email the admin's
 * request sent.
 */
class EndorseViewTest extends KaribuTest {

    private static final String COMMENT = "We recruit young people who hold this badge.";

    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private SentMail outbox;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private RuntimeService runtime;

    private PartnerRequests partners;
    private BadgeClass citoyen;

    @BeforeEach
    void setUpPartners() {
        partners = new PartnerRequests(partnerService, outbox, delivery, endorsements, people);
        citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
    }

    @Test
    void aPartnerReadsTheBadgeEndorsesItAndIsThankedWithoutTheFormAnyMore() {
        Asked asked = partners.ask("Musée", EndorsedSubject.badgeClass(citoyen.id()));

        UI.getCurrent().navigate("endorse/" + asked.token());

        assertThat(_get(H1.class).getText()).isEqualTo("An endorsement request");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-intro"))))
                .startsWith("Collège démo des Trois-Clochers asks " + asked.partner().name() + " to endorse");
        assertThat(section("endorse-badge")).contains("Badge: " + citoyen.name(), citoyen.description(),
                "Criteria", citoyen.criteria());
        assertThat(_get(Image.class, spec -> spec.withAttribute("alt", citoyen.name())).getSrc())
                .isEqualTo("/api/v1/badge-classes/" + citoyen.id() + "/image");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-expires"))))
                .startsWith("This link works until ");
        assertThat(_get(Anchor.class, spec -> spec.withId("sign-in")).getText()).isEqualTo("Sign in");

        answer("endorse", COMMENT, "Paula Partner");
        _click(_get(Button.class, spec -> spec.withText("Send my answer")));

        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-done"))))
                .isEqualTo("Your endorsement of “" + citoyen.name() + "” is recorded. It is now published in the "
                        + "name of your organisation.");
        _assertNone(RadioButtonGroup.class);
        _assertNone(Button.class, spec -> spec.withText("Send my answer"));
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(partners.endorsementsBy(asked.partner(), EndorsedSubject.badgeClass(citoyen.id())))
                .singleElement().satisfies(endorsement -> assertThat(endorsement.comment()).isEqualTo(COMMENT));
    }

    @Test
    void thePageNamesTheOrganisationThatAsks() {
        BadgeClass engagement = badgeClasses.findByKey("engagement-etudiant").orElseThrow();
        Asked asked = partners.ask("Musée", EndorsedSubject.badgeClass(engagement.id()), "ursula");

        UI.getCurrent().navigate("endorse/" + asked.token());

        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-asking"))))
                .startsWith("This request is sent by Université démo, an organisation of the network");
        assertThat(section("endorse-badge")).contains("Badge: " + engagement.name());
    }

    @Test
    void aMissingCommentIsShownAtItsFieldInFrenchAndNothingIsRecorded() {
        Asked asked = partners.ask("Musée", EndorsedSubject.badgeClass(citoyen.id()));
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("endorse/" + asked.token());

        answer("endorse", "", "Paula Partner");
        _click(_get(Button.class, spec -> spec.withText("Envoyer ma réponse")));

        TextArea comment = _get(TextArea.class, spec -> spec.withLabel("Commentaire"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.PENDING);
        _assertNone(Paragraph.class, spec -> spec.withId("endorse-done"));
    }

    @Test
    void theDeclineIsThankedInFrenchWithNoMissingWord() {
        Asked asked = partners.ask("Musée", EndorsedSubject.badgeClass(citoyen.id()));
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("endorse/" + asked.token());
        assertThat(_get(H1.class).getText()).isEqualTo("Une demande d’endossement");
        assertThat(section("endorse-badge")).contains("Critères");
        assertThat(ScreenTexts.text(_get(EndorseView.class)))
                .contains("Ce lien est valable jusqu’au ", "Nous l’endossons")
                .doesNotContainPattern("![\\w.-]+!");

        answer("decline", "Not our field.", "Paula Partner");
        _click(_get(Button.class, spec -> spec.withText("Envoyer ma réponse")));

        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-done"))))
                .startsWith("Votre réponse est enregistrée : vous avez décliné l’endossement de « "
                        + citoyen.name());
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.DECLINED);
    }

    @Test
    void aUsedLinkSaysItIsNoLongerValidAndWhyWithNoForm() {
        Asked asked = partners.ask("Musée", EndorsedSubject.badgeClass(citoyen.id()));
        endorsements.decide(asked.token(), Map.of("decision", "decline", "comment", "Not our field.",
                "endorserName", "Paula Partner"));

        UI.getCurrent().navigate("endorse/" + asked.token());

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-refused"))))
                .isEqualTo("This endorsement request has already been answered: thank you. The link cannot be used"
                        + " again.");
        assertNoForm();
        assertThat(_get(EndorseView.class).getPageTitle()).isEqualTo("Link no longer valid")
                .doesNotContain(asked.token());
    }

    @Test
    void anUnknownLinkSaysSoInFrench() {
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("endorse/not-a-token");

        assertThat(_get(H1.class).getText()).isEqualTo("Ce lien n’est plus valide");
        assertThat(ScreenTexts.text(_get(Paragraph.class, spec -> spec.withId("endorse-refused"))))
                .startsWith("Ce lien d’endossement n’est pas valide.");
        assertNoForm();
    }

    @Test
    void anAwardShowsTheNomineeAndTheirEvidenceOnlyWithTheirConsentAndTheJurysDecisionAlways() {
        PartnerOrganisation partner = partners.freshPartner("Entreprise");
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        Member consenting = recognitions.nominee();
        Member withholding = recognitions.nominee();

        String token = awardToken(partner, nominationWithEvidence(recognitions, consenting, true));
        UI.getCurrent().navigate("endorse/" + token);

        assertThat(section("endorse-award")).contains("Awarded to " + consenting.name(), "Why they deserve it",
                Recognitions.EVIDENCE, "Council minutes · Signed by the head teacher",
                "The jury approved this award (review round 1).");
        Anchor minutes = _get(Anchor.class, spec -> spec.withText("Council minutes"));
        assertThat(minutes.getHref()).isEqualTo("https://example.org/minutes.pdf");
        assertThat(minutes.getElement().getAttribute("target")).isEqualTo("_blank");
        assertThat(minutes.getElement().getAttribute("rel")).contains("noopener");
        assertThat(section("endorse-badge")).contains(citoyen.criteria());

        UI.getCurrent().navigate("endorse/" + awardToken(partner, nominationWithEvidence(recognitions, withholding,
                false)));

        assertThat(section("endorse-award")).contains("An award of this badge",
                "did not agree to show their badge publicly", "The jury approved this award (review round 1).")
                .doesNotContain(withholding.name(), Recognitions.EVIDENCE);
        _assertNone(Anchor.class, spec -> spec.withText("Council minutes"));
    }

    private NominationDetails nominationWithEvidence(Recognitions recognitions, Member nominee, boolean consent) {
        NominationDetails nomination = recognitions.nominate("alice", nominee, "citoyen");
        recognitions.complete(nominee.email(), nomination, RecognitionContract.ACCEPT_NOMINATION,
                Map.of("decision", "accept", "publicConsent", consent));
        recognitions.submitEvidence(nominee, nomination);
        return nomination;
    }

    /**
     * The recognition lifecycle's way in (an award is never asked for by an admin): the process, with its
     * nomination.
     */
    private String awardToken(PartnerOrganisation partner, NominationDetails nomination) {
        runtime.startProcessInstanceByKey(EndorsementContract.PROCESS_KEY, Map.of(
                Start.PARTNER_ID, partner.id().toString(), Start.SUBJECT_TYPE, EndorsedSubject.Type.ASSERTION.name(),
                Start.SUBJECT_ID, UUID.randomUUID().toString(), Start.NOMINATION_ID, nomination.id().toString()));
        return partners.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);
    }

    @SuppressWarnings("unchecked")
    private static void answer(String decision, String comment, String name) {
        List<RadioButtonGroup<String>> radios =
                (List<RadioButtonGroup<String>>) (List<?>) _find(RadioButtonGroup.class);
        _setValue(radios.get(0), decision);
        _setValue(_get(TextArea.class), comment);
        _setValue(_find(TextField.class).get(0), name);
    }

    private static void assertNoForm() {
        _assertNone(RadioButtonGroup.class);
        _assertNone(TextArea.class);
        _assertNone(Section.class, spec -> spec.withId("endorse-answer"));
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
