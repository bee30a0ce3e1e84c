package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Locale;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.Member;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskSummary;
import org.accolade.ui.ScreenTexts;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

class HomeViewTest extends MemberScreenTest {

    @Autowired
    private AssertionService assertions;
    @Autowired
    private TaskService camundaTasks;
    @Autowired
    private Clock clock;

    @Test
    void aNewMemberIsToldWhatEachEmptySectionIsFor() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("");

        assertThat(section("home-tasks")).contains("No task waiting for you");
        assertThat(section("home-nominations")).contains("No nomination yet");
        assertThat(_get(Anchor.class, spec -> spec.withText("Open the catalogue")).getHref()).isEqualTo("catalog");
        assertThat(section("home-badges")).contains("No badge yet");
    }

    @Test
    void aNomineeSeesTheTaskWaitingForThemAndTheNominationNamingThem() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = steps.nominate("alice", bob, "citoyen");
        TaskSummary accept = steps.taskOf(bob.email(), nomination, RecognitionContract.ACCEPT_NOMINATION);
        signIn(bob.email());

        UI.getCurrent().navigate("");

        Anchor task = _get(Anchor.class, spec -> spec.withText("Answer a nomination"));
        assertThat(task.getHref()).isEqualTo("tasks/" + accept.id());
        assertThat(section("home-tasks")).contains("Citoyen · Bob");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Citoyen"));
        assertThat(link.getHref()).isEqualTo("nominations/" + nomination.id());
        assertThat(section("home-nominations")).contains("Waiting for the nominee to accept")
                .contains("See all my nominations (1)");
    }

    @Test
    void aTaskPastItsDueDateIsMarkedOverdue() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = steps.nominate("alice", bob, "citoyen");
        String taskId = steps.taskOf(bob.email(), nomination, RecognitionContract.ACCEPT_NOMINATION).id();
        camundaTasks.setDueDate(taskId, Date.from(clock.instant().minus(Duration.ofDays(2))));
        signIn(bob.email());

        UI.getCurrent().navigate("");

        Span due = _get(Span.class, spec -> spec.withPredicate(span -> span.getElement().hasAttribute("data-overdue")));
        assertThat(due.getText()).startsWith("Overdue since");
    }

    @Test
    void aMemberSeesTheBadgesTheyHold() {
        Member nina = people.fresh("Nina");
        BadgeClassId citoyen = BadgeClassId.of(steps.badgeId("citoyen"));
        assertions.issue(IssueBadges.to(nina, citoyen));
        signIn(nina.email());

        UI.getCurrent().navigate("");

        assertThat(section("home-badges")).contains("Citoyen").contains("awarded on");
        Image image = _get(Image.class, spec -> spec.withAttribute("alt", "Citoyen"));
        assertThat(image.getSrc()).isEqualTo("/api/v1/badge-classes/" + citoyen + "/image");
    }

    @Test
    void theHomePageSpeaksFrench() {
        signIn(people.fresh("Nina").email());
        speak(Locale.FRENCH);

        UI.getCurrent().navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Accueil");
        assertThat(section("home-tasks")).contains("Ce qui vous attend").contains("Aucune tâche ne vous attend");
        assertThat(ScreenTexts.text(_get(HomeView.class))).doesNotContain("!");
    }

    private static String section(String id) {
        return ScreenTexts.text(_get(Section.class, spec -> spec.withId(id)));
    }
}
