package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.NOT_EXPIRED;
import static org.accolade.verification.internal.Findings.RECIPIENT;
import static org.accolade.verification.internal.Findings.VALID_FROM;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** The checks both standards make alike: whether the badge was awarded to the email given, and its dates. */
final class CommonChecks {

    private final Clock clock;
    private final Findings findings;
    private final String email;

    CommonChecks(Clock clock, Findings findings, String email) {
        this.clock = clock;
        this.findings = findings;
        this.email = email;
    }

    /** Only when an email was given: whether one of the badge's email identities is that address. */
    void recipient(List<RecipientIdentity> identities) {
        if (email == null) {
            return;
        }
        boolean matches = identities.stream().anyMatch(identity -> identity.matches(email));
        findings.recipientMatches(matches);
        if (matches) {
            findings.pass(RECIPIENT, "verification.recipient.ok", email);
        } else if (identities.isEmpty()) {
            findings.fail(RECIPIENT, "verification.recipient.no-email", email);
        } else {
            findings.fail(RECIPIENT, "verification.recipient.mismatch", email);
        }
    }

    void notExpired(Optional<Instant> expires) {
        if (expires.isEmpty()) {
            findings.pass(NOT_EXPIRED, "verification.expired.never");
        } else if (expires.get().isAfter(clock.instant())) {
            findings.pass(NOT_EXPIRED, "verification.expired.until", date(expires.get()));
        } else {
            findings.expired();
            findings.fail(NOT_EXPIRED, "verification.expired.since", date(expires.get()));
        }
    }

    /** Open Badges 3.0 only: a credential is not valid before its {@code validFrom}. */
    void validFrom(Instant validFrom) {
        if (validFrom.isAfter(clock.instant())) {
            findings.fail(VALID_FROM, "verification.valid-from.future", date(validFrom));
        } else {
            findings.pass(VALID_FROM, "verification.valid-from.ok", date(validFrom));
        }
    }

    /** A date the report can show: one past what {@link Date} holds (year 292 million) is shown as its limit. */
    private static Date date(Instant instant) {
        try {
            return Date.from(instant);
        } catch (IllegalArgumentException beyond) {
            return new Date(instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE);
        }
    }
}
