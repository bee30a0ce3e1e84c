package org.accolade.tasks;

/**
 * A row of the task list.
 *
 * @param headline what and whom the task is about, as its process's presenter words it ({@link TaskHeadline#NONE}
 *                 for a process no module presents)
 * @param claimed  the caller claimed this task as a candidate, so they may give it back
 */
public record TaskListEntry(TaskSummary task, TaskHeadline headline, boolean claimed) {
}
