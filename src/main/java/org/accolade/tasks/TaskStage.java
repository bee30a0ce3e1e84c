package org.accolade.tasks;

import java.util.List;
import java.util.Objects;

/**
 * A stage of a process, as a person filters their task list by it: the user tasks it groups.
 *
 * @param processKey         the process it belongs to
 * @param labelKey           its name's message key
 * @param taskDefinitionKeys the BPMN user task ids of the stage
 */
public record TaskStage(String processKey, String labelKey, List<String> taskDefinitionKeys) {

    public TaskStage {
        Objects.requireNonNull(processKey, "processKey");
        Objects.requireNonNull(labelKey, "labelKey");
        taskDefinitionKeys = List.copyOf(taskDefinitionKeys);
    }
}
