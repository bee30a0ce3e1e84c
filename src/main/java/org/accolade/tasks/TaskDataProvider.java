package org.accolade.tasks;

import java.util.Map;

/**
 * Implemented by each module that owns a process: the data a task's form is shown and prefilled with (context to
 * read, earlier answers, options for selects with a {@code valuesKey}). Empty for processes it does not own.
 */
public interface TaskDataProvider {

    Map<String, Object> dataFor(TaskRef task);
}
