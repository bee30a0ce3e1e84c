package org.accolade.tasks.ui;

import org.accolade.shared.DomainException;
import org.accolade.tasks.TaskSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Words shared by the task screens: a task's name in the person's language, and what an action came to. */
final class TaskTexts {

    private static final int NOTICE_MILLIS = 5000;

    private TaskTexts() {
    }

    /** Worded by its BPMN task id ({@code task.<taskDefinitionKey>}), the BPMN name when the bundles do not know it. */
    static String name(Component owner, TaskSummary task) {
        String key = "task." + task.taskDefinitionKey();
        String name = owner.getTranslation(key);
        return name.equals("!" + key + "!") ? task.name() : name;
    }

    static void done(String message) {
        Notification notice = new Notification(message, NOTICE_MILLIS, Notification.Position.BOTTOM_START);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notice.open();
    }

    /** A service's refusal, with the same words as the API's problem details. */
    static void refused(Component owner, DomainException refusal) {
        Notification notice = new Notification(
                owner.getTranslation("problem." + refusal.code(), refusal.arguments().toArray()), NOTICE_MILLIS,
                Notification.Position.MIDDLE);
        notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notice.open();
    }
}
