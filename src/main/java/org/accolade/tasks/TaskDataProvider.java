package org.accolade.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each module that owns a process: the data a task's form is shown and prefilled with (context to
 * read, earlier answers, options for selects with a {@code valuesKey}). Empty for processes it does not own.
 */
public interface TaskDataProvider {

    Map<String, Object> dataFor(TaskRef task);

    /**
     * The headlines of a page of tasks at once (a list must not read each task's data one by one), by task id;
     * tasks of processes it does not own are left out.
     */
    default Map<String, TaskHeadline> headlinesFor(Collection<TaskRef> tasks) {
        return Map.of();
    }
}
