package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.accolade.community.Member;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.ui.ScreenTexts;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;

/**
 * Issue 10, items 4, 5 and 10 on the nomination screen: the way out of an overdue review, offered only to an
 * issuer admin who is not part of the nomination; why a nomination could not go ahead, shown only to admins.
 */
class StalledReviewScreenTest extends MemberScreenTest {

    private static final String PANEL = "nomination-stalled-review";

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private AssertionService assertions;

    @Test
    void anIssuerAdminDecidesAnOverdueReviewWithTheVotesInHand() {
        NominationDetails nomination = steps.underReview(people.fresh("Nina").email(), people.fresh("Bob"),
                "citoyen");
        steps.vote("claire", nomination, "approve", "Approved: a year of council work.");
        steps.vote("david", nomination, "approve", "Approved: the debates were a success.");
        escalate(nomination);
        signIn("admin");

        UI.getCurrent().navigate("nominations/" + nomination.id());
        assertThat(ScreenTexts.text(_get(Section.class, spec -> spec.withId(PANEL)))).contains("Overdue review",
                "2 of the 2 votes needed are in", "Emma Moreau");
        _click(_get(Button.class, spec -> spec.withId("stalled-decide")));

        _assertNone(Section.class, spec -> spec.withId(PANEL));
        assertThat(ScreenTexts.text(_get(DescriptionList.class))).contains("Badge being issued");
    }

    @Test
    void votesShortOfTheQuorumAreNotOfferedToDecideAndTheScreenSaysWhyInFrench() {
        NominationDetails nomination = steps.underReview(people.fresh("Nina").email(), people.fresh("Bob"),
                "citoyen");
        steps.vote("claire", nomination, "approve", "Approved: a year of council work.");
        escalate(nomination);
        signIn("admin");
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("nominations/" + nomination.id());

        assertThat(ScreenTexts.text(_get(Section.class, spec -> spec.withId(PANEL)))).contains("Examen en retard",
                "n’atteignent pas le quorum", "Aucun autre juré");
        _assertNone(Button.class, spec -> spec.withId("stalled-decide"));
    }

    @Test
    void theNominatorIsOfferedNoWayOut() {
        Member nina = people.fresh("Nina");
        NominationDetails nomination = steps.underReview(nina.email(), people.fresh("Bob"), "citoyen");
        escalate(nomination);
        signIn(nina.email());

        UI.getCurrent().navigate("nominations/" + nomination.id());

        _assertNone(Section.class, spec -> spec.withId(PANEL));
    }

    @Test
    void theNominatorSeesThatANominationCouldNotGoAheadAndOnlyAnAdminSeesWhy() {
        Member nina = people.fresh("Nina");
        Member holder = people.fresh("Holder");
        people.as("admin", () -> assertions.issue(IssueBadges.to(holder,
                badgeClasses.findByKey("citoyen").orElseThrow().id())));
        NominationDetails nomination = steps.nominate(nina.email(), holder, "citoyen");
        execute(nomination, RecognitionContract.STOP_NOMINATION);

        signIn(nina.email());
        UI.getCurrent().navigate("nominations/" + nomination.id());
        assertThat(ScreenTexts.text(_get(DescriptionList.class))).contains("Could not go ahead")
                .doesNotContain("already holds");

        signIn("admin");
        UI.getCurrent().navigate("nominations/" + nomination.id());
        assertThat(ScreenTexts.text(_get(DescriptionList.class))).contains("The nominee already holds this badge.");
    }

    private void escalate(NominationDetails nomination) {
        execute(nomination, RecognitionContract.REVIEW_REMINDER_DUE);
        execute(nomination, RecognitionContract.REVIEW_OVERDUE);
    }

    private void execute(NominationDetails nomination, String activityId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomination.id().toString())
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId(activityId)
                .singleResult().getId());
    }
}
