package org.accolade.nomination.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.community.Member;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.internal.RecognitionContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.PermitAll;

class WelcomeViewTest extends MemberScreenTest {

    /** Stands in for the task screen (the tasks module's) in a build that does not hold it. */
    @PermitAll
    static class TaskScreenStandIn extends Div {
    }

    @BeforeEach
    void makeSureATaskScreenExists() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (routes.getRoute("tasks/any").isEmpty()) {
            routes.setRoute("tasks/:taskId", TaskScreenStandIn.class);
        }
    }

    @Test
    void aNewMemberWithATaskWaitingLandsOnIt() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = steps.nominate("alice", bob, "citoyen");
        String accept = steps.taskOf(bob.email(), nomination, RecognitionContract.ACCEPT_NOMINATION).id();
        signIn(bob.email());

        UI.getCurrent().navigate("welcome");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + accept);
    }

    @Test
    void aNewMemberWithNothingWaitingLandsOnTheHomePage() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("welcome");

        _get(HomeView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
