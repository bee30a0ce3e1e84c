package org.accolade.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;

/**
 * Due dates as a person reads them ({@link PersonalTime}), and a task past due (by the injected clock) marked with a
 * word and an icon, not by colour alone.
 */
final class DueDates {

    private final Clock clock;
    private final PersonalTime time;

    DueDates(Clock clock, UI ui) {
        this.clock = clock;
        this.time = new PersonalTime(clock, ui);
    }

    ZoneId zone() {
        return time.zone();
    }

    /** The first instant after this day, for "due by this day". */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(time.zone()).toInstant();
    }

    boolean overdue(Instant due) {
        return due != null && due.isBefore(clock.instant());
    }

    String format(Instant at) {
        return time.dateTime(at);
    }

    /** The due date, followed by the overdue marker when it has passed. */
    Component describe(Component owner, Instant due) {
        Span text = new Span(due == null ? owner.getTranslation("tasks.no-due") : format(due));
        Span described = new Span(text);
        described.getStyle().set("display", "inline-flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)");
        if (overdue(due)) {
            described.add(overdueMarker(owner));
        }
        return described;
    }

    static Span overdueMarker(Component owner) {
        Icon icon = new Icon("vaadin", "exclamation-circle");
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span marker = new Span(icon, new Span(owner.getTranslation("tasks.overdue")));
        marker.addClassName("overdue");
        marker.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
        return marker;
    }
}
