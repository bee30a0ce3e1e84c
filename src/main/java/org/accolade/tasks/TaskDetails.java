package org.accolade.tasks;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A task with its Camunda Form (as deployed, raw JSON), the data it is shown and prefilled with, and, for the
 * screens, its headline and its presenter's context record (null for a process no presenter describes).
 */
public record TaskDetails(TaskSummary task, @JsonRawValue String form, Map<String, Object> data,
        @JsonIgnore TaskHeadline headline, @JsonIgnore Object context) {
}
