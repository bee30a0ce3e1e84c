package org.accolade.tasks;

import java.util.List;

/**
 * The topics a process's tasks are filtered by, with the filter's message keys.
 *
 * @param labelKey    the filter's label
 * @param allLabelKey the caption of "no filter"
 */
public record TaskTopics(String labelKey, String allLabelKey, List<TaskTopic> topics) {

    public TaskTopics {
        topics = List.copyOf(topics);
    }
}
