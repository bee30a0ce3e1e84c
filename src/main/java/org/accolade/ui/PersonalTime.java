package org.accolade.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * Time as the person reads it: in their language and in their browser's time zone once the browser has told a zone
 * the JDK knows, the injected clock's zone otherwise. Every screen that shows a date or a time words it here, so that
 * two screens never show the same instant differently. A missing instant is worded as nothing.
 */
public final class PersonalTime {

    private final ZoneId zone;
    private final Locale locale;

    /** For the screen being built in this request's UI. */
    public PersonalTime(Clock clock) {
        this(clock, UI.getCurrent());
    }

    public PersonalTime(Clock clock, UI ui) {
        this(Optional.ofNullable(ui.getInternals().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId).filter(ZoneId.getAvailableZoneIds()::contains)
                .map(ZoneId::of).orElse(clock.getZone()), ui.getLocale());
    }

    /** In a zone already chosen so, say handed to a part of a screen drawn by another module. */
    public PersonalTime(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "7 déc. 2026", "Dec 7, 2026". */
    public String date(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), at);
    }

    /** "7 décembre 2026", "December 7, 2026". */
    public String longDate(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), at);
    }

    /** "7 déc. 2026, 14:30", "Dec 7, 2026, 2:30 PM". */
    public String dateTime(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT), at);
    }

    /** "7 décembre 2026, 14:30", "December 7, 2026, 2:30 PM". */
    public String longDateTime(Instant at) {
        return format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT), at);
    }

    private String format(DateTimeFormatter style, Instant at) {
        return at == null ? "" : style.withLocale(locale).withZone(zone).format(at);
    }
}
