package org.accolade.nomination.ui;

import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClassService;
import org.accolade.nomination.NominationService;
import org.accolade.tasks.TaskListService;
import org.accolade.ui.KaribuTest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

/** The members' screens under Karibu, with nominations to show moved along through the services. */
public abstract class MemberScreenTest extends KaribuTest {

    @Autowired
    protected NominationService nominations;
    @Autowired
    protected TaskListService tasks;
    @Autowired
    protected BadgeClassService badgeClasses;

    protected Recognitions steps;

    @BeforeEach
    void prepareSteps() {
        steps = new Recognitions(people, nominations, tasks, badgeClasses);
    }

    /** The pages the browser was sent to with a full page load ({@code Page.setLocation}), since the last call. */
    public static List<String> pageLoads() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(js -> js.getExpression().contains("window.open($0, $1)")
                        && "_self".equals(js.getParameters().get(1)))
                .map(js -> String.valueOf(js.getParameters().get(0))).toList();
    }
}
