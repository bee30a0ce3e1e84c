package org.accolade.tasks;

/** Identifies a task for the module owning its process, which supplies its data. */
public record TaskRef(String taskId, String processDefinitionKey, String businessKey, String taskDefinitionKey) {
}
