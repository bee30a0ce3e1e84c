package org.accolade.tasks;

/**
 * A row of the task list.
 *
 * @param headline whom and which badge the task is about; both null for a task of a process no module describes
 * @param claimed  the caller claimed this task as a candidate, so they may give it back
 */
public record TaskListEntry(TaskSummary task, TaskHeadline headline, boolean claimed) {
}
