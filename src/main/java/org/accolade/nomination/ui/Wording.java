package org.accolade.nomination.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * How the member screens word a nomination's state and dates: in the person's language and, once the browser has
 * told it, their time zone (the clock's zone until then).
 */
final class Wording {

    private final Component screen;
    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    Wording(Component screen, Clock clock) {
        this.screen = screen;
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        this.zone = Optional.ofNullable(ui.getInternals().getExtendedClientDetails())
                .map(ExtendedClientDetails::getTimeZoneId).filter(ZoneId.getAvailableZoneIds()::contains)
                .map(ZoneId::of).orElse(clock.getZone());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
    }

    ZoneId zone() {
        return zone;
    }

    String date(Instant at) {
        return date.format(at);
    }

    String dateTime(Instant at) {
        return dateTime.format(at);
    }

    String status(NominationStatus status) {
        return screen.getTranslation("nomination.status." + status);
    }

    String kind(NominationKind kind) {
        return screen.getTranslation("nomination.kind." + kind);
    }

    String stage(NominationStage stage) {
        return screen.getTranslation("nomination.stage." + stage);
    }

    /** Where it stands: the stage while it is in progress, how it ended afterwards. */
    String standing(NominationStatus status, NominationStage stage) {
        return status == NominationStatus.IN_PROGRESS ? stage(stage) : status(status);
    }
}
