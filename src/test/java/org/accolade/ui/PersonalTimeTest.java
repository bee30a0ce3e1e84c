package org.accolade.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

class PersonalTimeTest {

    /** Late on the 7th in New York and in UTC, already the 8th in Paris. */
    private static final Instant LATE = Instant.parse("2026-12-07T23:30:00Z");
    private final Clock clock = Clock.fixed(LATE, ZoneId.of("Europe/Paris"));

    @Test
    void theBrowsersZoneIsUsedWhenTheJdkKnowsIt() {
        PersonalTime time = new PersonalTime(clock, ui(Locale.ENGLISH, "America/New_York"));

        assertThat(time.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(time.date(LATE)).isEqualTo("Dec 7, 2026");
    }

    @Test
    void theClocksZoneIsUsedWhenTheBrowserHasNotSaidOrNamesAZoneTheJdkDoesNotKnow() {
        assertThat(new PersonalTime(clock, ui(Locale.ENGLISH, null)).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(new PersonalTime(clock, ui(Locale.ENGLISH, "Mars/Olympus_Mons")).zone())
                .isEqualTo(ZoneId.of("Europe/Paris"));
        UI silent = new UI();
        assertThat(new PersonalTime(clock, silent).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void datesAreInThePersonsLanguageAndAMissingOneIsWordedAsNothing() {
        PersonalTime time = new PersonalTime(clock, ui(Locale.FRENCH, "Europe/Paris"));

        assertThat(time.date(LATE)).isEqualTo("8 déc. 2026");
        assertThat(time.longDate(LATE)).isEqualTo("8 décembre 2026");
        assertThat(time.dateTime(LATE)).startsWith("8 déc. 2026").endsWith("00:30");
        assertThat(time.longDateTime(LATE)).startsWith("8 décembre 2026").endsWith("00:30");
        assertThat(time.date(null)).isEmpty();
    }

    private static UI ui(Locale locale, String browserZone) {
        UI ui = new UI();
        ui.setLocale(locale);
        ExtendedClientDetails browser = mock(ExtendedClientDetails.class);
        when(browser.getTimeZoneId()).thenReturn(browserZone);
        ui.getInternals().setExtendedClientDetails(browser);
        return ui;
    }
}
