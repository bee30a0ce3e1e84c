package org.accolade.tasks;

import java.util.List;

/** Where a recognition task stands in the lifecycle, as a person filters their task list by it. */
public enum TaskStage {

    ACCEPTANCE("Task_AcceptNomination"),
    EVIDENCE("Task_SubmitEvidence"),
    /** Both review policies: one vote per juror, or the panel's decision. */
    REVIEW("Task_ReviewNomination", "Task_RecordPanelDecision");

    private final List<String> taskDefinitionKeys;

    TaskStage(String... taskDefinitionKeys) {
        this.taskDefinitionKeys = List.of(taskDefinitionKeys);
    }

    /** The BPMN user task ids of this stage. */
    public List<String> taskDefinitionKeys() {
        return taskDefinitionKeys;
    }
}
