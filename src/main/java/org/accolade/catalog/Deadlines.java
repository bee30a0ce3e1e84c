package org.accolade.catalog;

import java.time.Duration;

/**
 * The lifecycle's deadlines for a badge class. The nominee's and the jury's reminders are given as how long before
 * the due date they go out; the partners' reminder as how long after their request was sent, as they are told.
 */
public record Deadlines(Duration acceptancePeriod, Duration evidencePeriod, Duration evidenceReminderLead,
        Duration reviewPeriod, Duration reviewReminderLead, Duration endorsementPeriod,
        Duration endorsementReminderAfter) {

    /** Partners are reminded after a week and their request expires after three (issue 5). */
    public static final Deadlines STANDARD = new Deadlines(Duration.ofDays(14), Duration.ofDays(30),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(21), Duration.ofDays(7));

    public Deadlines {
        if (!evidenceReminderLead.minus(evidencePeriod).isNegative()
                || !reviewReminderLead.minus(reviewPeriod).isNegative()
                || !endorsementReminderAfter.minus(endorsementPeriod).isNegative()) {
            throw new IllegalArgumentException("a reminder must come before its due date");
        }
    }

    /** When the evidence reminder fires, counted from the start of the evidence round. */
    public Duration evidenceReminderAfter() {
        return evidencePeriod.minus(evidenceReminderLead);
    }

    public Duration reviewReminderAfter() {
        return reviewPeriod.minus(reviewReminderLead);
    }
}
