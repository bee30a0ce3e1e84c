package org.accolade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    @Test
    void remindersFireTheirLeadTimeBeforeTheDueDate() {
        assertThat(Deadlines.STANDARD.evidenceReminderAfter()).isEqualTo(Duration.ofDays(23));
        assertThat(Deadlines.STANDARD.reviewReminderAfter()).isEqualTo(Duration.ofDays(11));
    }

    @Test
    void partnersAreRemindedAfterAWeekAndTheirRequestExpiresAfterThreeUnlessTheBadgeClassSaysOtherwise() {
        assertThat(Deadlines.STANDARD.endorsementReminderAfter()).isEqualTo(Duration.ofDays(7));
        assertThat(Deadlines.STANDARD.endorsementPeriod()).isEqualTo(Duration.ofDays(21));
    }

    @Test
    void aReminderAfterItsDueDateIsRefused() {
        assertThatThrownBy(() -> new Deadlines(Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(21), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEndorsementReminderOnOrAfterTheExpiryIsRefused() {
        assertThatThrownBy(() -> new Deadlines(Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(10), Duration.ofDays(10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
