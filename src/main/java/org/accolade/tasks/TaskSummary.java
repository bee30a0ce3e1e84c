package org.accolade.tasks;

import java.time.Instant;

/** A user task as lists show it; {@code nominationId} is the business key of the task's process. */
public record TaskSummary(String id, String name, String taskDefinitionKey, String formId, String nominationId,
        String assignee, Instant due, Instant created) {
}
