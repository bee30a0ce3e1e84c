package org.accolade.tasks;

/**
 * One thing a process's tasks may be about (a badge class for a recognition), to filter the list by: the tasks
 * whose process has this value in this process variable.
 *
 * @param label what the person sees, already in their words
 */
public record TaskTopic(String processKey, String variable, String value, String label) {
}
