package org.accolade.tasks;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;

/**
 * Implemented in the {@code ui} package of each module that owns a process: what a person reads beside one of its
 * tasks' forms, drawn from its presenter's context record.
 *
 * @param <C> the context record of the process's {@link TaskPresenter}
 */
public interface TaskContextPanel<C> {

    String processKey();

    Class<C> contextType();

    /** @param zone the person's time zone, for the dates it shows */
    Component render(C context, ZoneId zone);
}
