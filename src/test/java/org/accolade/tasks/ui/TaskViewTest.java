package org.accolade.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.accolade.nomination.internal.RecognitionContract.ACCEPT_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.RECORD_PANEL_DECISION;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.SUBMIT_EVIDENCE;

import java.util.List;
import java.util.Locale;

import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationStage;
import org.accolade.tasks.TaskListService;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ProblemView;
import org.accolade.ui.ScreenTexts;
import org.accolade.ui.TimelineList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

class TaskViewTest extends KaribuTest {

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
        String review = recognitions.taskOf("claire", nomination, REVIEW_NOMINATION).id();
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
        String acceptance = recognitions.taskOf(nominee.email(), nomination, ACCEPT_NOMINATION).id();

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
        String acceptance = recognitions.taskOf(nominee.email(), nomination, ACCEPT_NOMINATION).id();
        recognitions.accept(nominee, nomination);

        signIn(nominee.email());
        UI.getCurrent().navigate("tasks/" + acceptance);

        assertThat(ScreenTexts.of(_get(ProblemView.class))).contains("This task has already been completed.");
    }

    @Test
    void aJurorWhoHasNotClaimedThePanelTaskIsOfferedToClaimItInsteadOfCompletingIt() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.underReview("alice", nominee, "sentinelle");
        String panel = recognitions.taskOf("emma", nomination, RECORD_PANEL_DECISION).id();

        signIn("emma");
        UI.getCurrent().navigate("tasks/" + panel);
        _assertNone(Button.class, spec -> spec.withText("Complete"));

        _click(_get(Button.class, spec -> spec.withText("Claim")));

        assertThat(people.as("emma", () -> taskList.get(panel)).task().assignee()).isNotNull();
        _assertNone(Button.class, spec -> spec.withText("Claim"));
    }

    @Test
    void completingTheAcceptanceWithTheRenderedFormMovesTheProcessOn() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.nominate("alice", nominee, "citoyen");
        String acceptance = recognitions.taskOf(nominee.email(), nomination, ACCEPT_NOMINATION).id();
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks/" + acceptance);

        _setValue(radio("Your answer"), "accept");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message to the person who nominated you")),
                "Thank you, I am honoured.");
        _click(_get(Button.class, spec -> spec.withText("Complete")));

        assertThat(recognitions.taskOf(nominee.email(), nomination, SUBMIT_EVIDENCE)).isNotNull();
        assertThat(people.as(nominee.email(), () -> nominations.get(new NominationId(nomination.id()))).stage())
                .isEqualTo(NominationStage.EVIDENCE);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks");
        assertThat(ScreenTexts.notifications()).contains("Done: “Accept the nomination”.");
    }

    @Test
    void aBadValueShowsItsMessageNextToTheFieldAndCompletesNothing() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.nominate("alice", nominee, "citoyen");
        String acceptance = recognitions.taskOf(nominee.email(), nomination, ACCEPT_NOMINATION).id();
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks/" + acceptance);

        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Message to the person who nominated you"));
        _setValue(message, "x".repeat(2001));
        _click(_get(Button.class, spec -> spec.withText("Complete")));

        assertThat(radio("Your answer").isInvalid()).isTrue();
        assertThat(radio("Your answer").getErrorMessage()).isEqualTo("This field is required.");
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo("At most 2,000 characters.");
        assertThat(people.as(nominee.email(), () -> taskList.get(acceptance)).task().id()).isEqualTo(acceptance);
        _assertOne(TaskView.class);
    }

    @Test
    void theTaskScreenSpeaksFrenchWithNoMissingWord() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.underReview("alice", nominee, "citoyen");
        String review = recognitions.taskOf("david", nomination, REVIEW_NOMINATION).id();
        signIn("david");
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("tasks/" + review);

        List<String> texts = ScreenTexts.of(UI.getCurrent());
        assertThat(String.join("\n", texts)).contains("Examiner la nomination", "Nomination déposée par Alice Martin",
                "Preuves", "Historique", "Nomination déposée", "Votre réponse", "Demander une révision", "Terminer");
        assertThat(texts).noneMatch(text -> text.matches("(?s).*![\\w.-]+!.*"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }
}
