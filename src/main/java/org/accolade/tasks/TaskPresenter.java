package org.accolade.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each module that owns a process, for its process key: how the task host presents that process's
 * tasks. The host knows no process; a new process registers a presenter (and, for its screen, a
 * {@link TaskContextPanel}) and needs no change here (ADR 16).
 *
 * @param <C> what a person reads beside one of its tasks' forms, as a record of the owning module
 */
public interface TaskPresenter<C> {

    /** The BPMN process id whose tasks this presents. */
    String processKey();

    /** The stages a person filters this process's tasks by, in the lifecycle's order. */
    List<TaskStage> stages();

    /** What this process's tasks are about, to filter the list by; empty when they are not filtered so. */
    Optional<TaskTopics> topics();

    /** How an API client names the business key in a task's summary (e.g. {@code nominationId}). */
    String businessKeyName();

    /** The headlines of a page of its tasks at once (never one read per task), by task id. */
    Map<String, TaskHeadline> headlines(Collection<TaskRef> tasks);

    /** The headline of one task, from the context already read for it. */
    TaskHeadline headline(C context);

    /** What the person reads beside the task's form; called once the host has checked the task is theirs. */
    C context(TaskRef task);

    /**
     * The data the task's form is shown and prefilled with (the API's {@code data}): the context as plain values,
     * the earlier answers to start from, options for selects with a {@code valuesKey}.
     */
    Map<String, Object> formData(C context);
}
