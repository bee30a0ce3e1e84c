package org.accolade.tasks;

/**
 * What a task list shows of a task beside its name, as its process's presenter words it.
 *
 * @param subject what the task is about (a badge)
 * @param person  whom it is about (the nominee)
 */
public record TaskHeadline(String subject, String person) {

    /** For a task of a process no presenter describes. */
    public static final TaskHeadline NONE = new TaskHeadline(null, null);
}
