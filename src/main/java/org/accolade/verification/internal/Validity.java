package org.accolade.verification.internal;

import java.time.Instant;
import java.util.Optional;

/** When a credential is valid: from {@code validFrom}, until {@code validUntil} if it has one. */
record Validity(Instant from, Optional<Instant> until) {

    /** This period, starting no earlier than {@code notBefore} and ending no later than {@code expires}. */
    Validity narrowedTo(Optional<Instant> notBefore, Optional<Instant> expires) {
        Instant start = notBefore.filter(from::isBefore).orElse(from);
        Optional<Instant> end = until.isEmpty() ? expires
                : Optional.of(expires.filter(until.get()::isAfter).orElse(until.get()));
        return new Validity(start, end);
    }
}
