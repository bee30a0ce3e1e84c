package org.accolade.tasks.ui;

import org.accolade.tasks.TaskSummary;

import com.vaadin.flow.component.Component;

/** Words shared by the task screens: a task's name in the person's language. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** Worded by its BPMN task id ({@code task.<taskDefinitionKey>}), the BPMN name when the bundles do not know it. */
    static String name(Component owner, TaskSummary task) {
        String key = "task." + task.taskDefinitionKey();
        String name = owner.getTranslation(key);
        return name.equals("!" + key + "!") ? task.name() : name;
    }
}
