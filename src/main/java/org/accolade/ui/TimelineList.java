package org.accolade.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A nomination's steps, oldest first: each worded by its BPMN activity id ({@code timeline.<activityId>}), with
 * the BPMN name when the bundles do not know it, and when it happened in the person's language.
 */
public class TimelineList extends UnorderedList {

    private final PersonalTime time;

    public TimelineList(PersonalTime time) {
        this.time = time;
        getElement().setAttribute("aria-label", getTranslation("timeline.label"));
    }

    public void add(Instant at, String activityId, String name) {
        String key = "timeline." + activityId;
        String label = getTranslation(key);
        Span when = new Span(time.dateTime(at) + " · ");
        when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new ListItem(when, new Span(label.equals("!" + key + "!") ? name : label)));
    }
}
