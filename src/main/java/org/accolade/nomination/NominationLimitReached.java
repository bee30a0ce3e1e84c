package org.accolade.nomination;

import java.time.Duration;

import org.accolade.shared.DomainException;

/**
 * A member started as many nominations of people without an account as a day allows: the API answers 429 with
 * {@code Retry-After}, the screens say when they may nominate again.
 */
public class NominationLimitReached extends DomainException {

    private final transient Duration retryAfter;

    public NominationLimitReached(int perDay, Duration retryAfter) {
        super(Kind.CONFLICT, "nomination.non-member-limit", "nomineeEmail", perDay);
        this.retryAfter = retryAfter;
    }

    /** Until the next day starts (UTC), rounded up to the second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
