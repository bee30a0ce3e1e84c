package org.accolade.nomination.ui;

import java.util.List;

import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where a person lands once they have created their account from an invitation: the first task waiting for them
 * (the nomination to accept), else the home page. The invitation page (community module) cannot ask the task list
 * itself without a module cycle (tasks depend on security, which depends on community), so it sends people here.
 */
@Route("welcome")
@PermitAll
class WelcomeView extends Div implements BeforeEnterObserver {

    private final TaskListService tasks;

    WelcomeView(TaskListService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TaskSummary> waiting = tasks.mine();
        if (waiting.isEmpty()) {
            event.forwardTo(HomeView.class);
        } else {
            event.forwardTo("tasks/" + waiting.get(0).id());
        }
    }
}
