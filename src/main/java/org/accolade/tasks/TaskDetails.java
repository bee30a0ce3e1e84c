package org.accolade.tasks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A task with its Camunda Form (as deployed, raw JSON) and the data it is shown and prefilled with. */
public record TaskDetails(TaskSummary task, @JsonRawValue String form, Map<String, Object> data) {
}
