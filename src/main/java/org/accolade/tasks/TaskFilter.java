package org.accolade.tasks;

import java.time.Instant;
import java.util.Objects;

import org.accolade.shared.OrganisationId;

/**
 * Which of the caller's tasks a list shows.
 *
 * @param scope        the caller's own tasks, or those offered to them that nobody has claimed
 * @param topic        only tasks about this (a presenter's topic); null for all
 * @param stage        only tasks of this stage; null for all
 * @param dueBefore    only tasks due before this instant; null for all
 * @param organisation only tasks of this organisation's processes (their tenant); null for all the caller's
 */
public record TaskFilter(Scope scope, TaskTopic topic, TaskStage stage, Instant dueBefore,
        OrganisationId organisation) {

    public enum Scope {
        /** Assigned to the caller, by the process or because they claimed it. */
        MINE,
        /** Offered to the caller as a candidate and not yet claimed by anyone. */
        TO_CLAIM
    }

    public TaskFilter {
        Objects.requireNonNull(scope, "scope");
    }

    public static TaskFilter of(Scope scope) {
        return new TaskFilter(scope, null, null, null, null);
    }
}
