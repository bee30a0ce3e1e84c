package org.accolade.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.tasks.TaskListService;
import org.accolade.ui.ProblemView;
import org.accolade.ui.TimelineList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;

class TaskViewTest extends TaskScreenTest {

    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private BadgeClassService badgeClasses;

    private Recognitions recognitions;

    @BeforeEach
    void setUpRecognitions() {
        recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
    }

    @Test
    void aReviewShowsTheBadgeTheNomineeTheEvidenceTheEarlierCommentsAndTheTimeline() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.underReview("alice", nominee, "citoyen");
        recognitions.vote("claire", nomination, "approve", "Clear and convincing.");
        recognitions.vote("david", nomination, "revise", "Add the programmes of the debates.");
        recognitions.vote("emma", nomination, "approve", "Fine by me.");
        recognitions.submitEvidence(nominee, nomination);
        String review = recognitions.taskOf("claire", nomination, "Task_ReviewNomination").id();
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();

        signIn("claire");
        UI.getCurrent().navigate("tasks/" + review);

        assertThat(String.join("\n", ScreenTexts.of(UI.getCurrent()))).contains("Review the nomination",
                citoyen.name(), citoyen.criteria(), nominee.name(), "Nominated by Alice Martin",
                Recognitions.NARRATIVE, Recognitions.EVIDENCE, "Signed by the head teacher", "Round 2 of",
                "Round 1 · Add the programmes of the debates.");
        Anchor minutes = _get(Anchor.class, spec -> spec.withText("Council minutes"));
        assertThat(minutes.getHref()).isEqualTo("https://example.org/minutes.pdf");
        assertThat(minutes.getTarget()).contains("_blank");
        assertThat(String.join("\n", ScreenTexts.of(_get(TimelineList.class))))
                .contains("Nomination submitted", "Evidence requested", "Revision requested");
    }

    @Test
    void someoneElsesTaskDoesNotOpen() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.nominate("alice", nominee, "citoyen");
        String acceptance = recognitions.taskOf(nominee.email(), nomination, "Task_AcceptNomination").id();

        signIn("alice");
        UI.getCurrent().navigate("tasks/" + acceptance);

        assertThat(ScreenTexts.of(_get(ProblemView.class))).contains("This task is not yours.");
        _assertNone(TaskView.class);
    }

    @Test
    void anUnknownTaskSaysSo() {
        signIn("alice");
        UI.getCurrent().navigate("tasks/no-such-task");

        assertThat(ScreenTexts.of(_get(ProblemView.class))).contains("This task does not exist.");
    }

    @Test
    void aCompletedTaskSaysSo() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.nominate("alice", nominee, "citoyen");
        String acceptance = recognitions.taskOf(nominee.email(), nomination, "Task_AcceptNomination").id();
        recognitions.accept(nominee, nomination);

        signIn(nominee.email());
        UI.getCurrent().navigate("tasks/" + acceptance);

        assertThat(ScreenTexts.of(_get(ProblemView.class))).contains("This task has already been completed.");
    }

    @Test
    void aJurorWhoHasNotClaimedThePanelTaskIsOfferedToClaimItInsteadOfCompletingIt() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.underReview("alice", nominee, "sentinelle");
        String panel = recognitions.taskOf("emma", nomination, "Task_RecordPanelDecision").id();

        signIn("emma");
        UI.getCurrent().navigate("tasks/" + panel);
        _assertNone(Button.class, spec -> spec.withText("Complete"));

        _click(_get(Button.class, spec -> spec.withText("Claim")));

        assertThat(people.as("emma", () -> taskList.get(panel)).task().assignee()).isNotNull();
        _assertNone(Button.class, spec -> spec.withText("Claim"));
    }
}
