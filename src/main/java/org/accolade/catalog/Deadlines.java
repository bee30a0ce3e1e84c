package org.accolade.catalog;

import java.time.Duration;

/**
 * The lifecycle's deadlines for a badge class. Reminders are given as how long before the due date they go out.
 */
public record Deadlines(Duration acceptancePeriod, Duration evidencePeriod, Duration evidenceReminderLead,
        Duration reviewPeriod, Duration reviewReminderLead) {

    public static final Deadlines STANDARD = new Deadlines(Duration.ofDays(14), Duration.ofDays(30),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(3));

    public Deadlines {
        if (!evidenceReminderLead.minus(evidencePeriod).isNegative()
                || !reviewReminderLead.minus(reviewPeriod).isNegative()) {
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
