package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.Recognitions;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.ui.ProblemView;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;

class NominationViewTest extends MemberScreenTest {

    @Test
    void theNominatorSeesWhereTheNominationStands() {
        Member nina = people.fresh("Nina");
        NominationDetails nomination = steps.nominate(nina.email(), people.fresh("Bob"), "citoyen");
        signIn(nina.email());

        UI.getCurrent().navigate("nominations/" + nomination.id());

        assertThat(_get(H1.class).getText()).isEqualTo("Citoyen");
        assertThat(ScreenTexts.text(_get(DescriptionList.class)))
                .contains("In progress", "Waiting for the nominee to accept",
                "Round1", "NomineeBob", "NominatorNina");
        assertThat(section("nomination-narrative")).contains(Recognitions.NARRATIVE);
        assertThat(section("nomination-evidence")).contains("No evidence yet.");
        assertThat(section("nomination-reviews")).contains("No review yet.");
        assertThat(section("nomination-timeline")).contains("Nomination submitted", "Nominee asked to accept");
    }

    @Test
    void theNomineeSeesTheirEvidenceAsLinksAndTheJurysReviewsWithoutTheJurorsNames() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = revisionAsked(bob);
        signIn(bob.email());

        UI.getCurrent().navigate("nominations/" + nomination.id());

        Anchor minutes = _get(Anchor.class, spec -> spec.withText("Council minutes"));
        assertThat(minutes.getHref()).isEqualTo("https://example.org/minutes.pdf");
        assertThat(minutes.getElement().getAttribute("rel")).contains("noopener");
        assertThat(section("nomination-evidence")).contains("Round 1", "Signed by the head teacher");
        assertThat(section("nomination-reviews")).contains("Round 1 · Revision asked", "Comment from claire",
                "Comment from emma").doesNotContain("Claire Petit");
        assertThat(ScreenTexts.text(_get(DescriptionList.class))).contains("Waiting for evidence", "Round2");
        assertThat(section("nomination-timeline")).contains("Jury review", "Revision requested");
    }

    @Test
    void aJurorSeesWhoVotedWhat() {
        NominationDetails nomination = revisionAsked(people.fresh("Bob"));
        signIn("claire");

        UI.getCurrent().navigate("nominations/" + nomination.id());

        assertThat(section("nomination-reviews")).contains("Claire Petit", "David Leroy", "Emma Moreau");
    }

    @Test
    void someoneElseIsToldTheNominationIsNotTheirs() {
        NominationDetails nomination = steps.nominate("alice", people.fresh("Bob"), "citoyen");
        signIn(people.fresh("Stranger").email());

        UI.getCurrent().navigate("nominations/" + nomination.id());

        _assertNone(NominationView.class);
        assertThat(ScreenTexts.text(_get(ProblemView.class)))
                .contains("Not allowed", "This nomination is not yours to see.");
    }

    @Test
    void anAddressThatIsNoNominationIsNotFound() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("nominations/not-a-nomination");

        assertThat(ScreenTexts.text(_get(ProblemView.class))).contains("This nomination does not exist.");
    }

    @Test
    void aNominationSpeaksFrench() {
        Member nina = people.fresh("Nina");
        NominationDetails nomination = steps.nominate(nina.email(), people.fresh("Bob"), "citoyen");
        signIn(nina.email());
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("nominations/" + nomination.id());

        assertThat(ScreenTexts.text(_get(DescriptionList.class))).contains("État", "En cours", "Personne nommée");
        assertThat(section("nomination-evidence")).contains("Preuves", "Pas encore de preuves.");
        assertThat(ScreenTexts.text(_get(NominationView.class))).doesNotContain("!");
    }

    /** Bob accepts, brings evidence, and the whole jury asks for a revision: round 2 awaits his evidence. */
    private NominationDetails revisionAsked(Member bob) {
        NominationDetails nomination = steps.nominate(people.fresh("Nina").email(), bob, "citoyen");
        steps.complete(bob.email(), nomination, RecognitionContract.ACCEPT_NOMINATION,
                Map.of("decision", "accept", "publicConsent", true, "message", "Thank you!"));
        steps.complete(bob.email(), nomination, RecognitionContract.SUBMIT_EVIDENCE, Map.of("narrative",
                Recognitions.NARRATIVE + " (evidence)", "items", List.of(Map.of("name", "Council minutes",
                        "url", "https://example.org/minutes.pdf", "description", "Signed by the head teacher"))));
        for (String juror : List.of("claire", "david", "emma")) {
            steps.complete(juror, nomination, RecognitionContract.REVIEW_NOMINATION,
                    Map.of("verdict", "revise", "comment", "Comment from " + juror));
        }
        return nomination;
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
