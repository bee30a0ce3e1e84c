package org.accolade.verification;

import java.time.Duration;

/**
 * A verification refused before it started, reading and fetching nothing: its client has verified too often
 * ({@code verification.too-many}), or as many verifications as the server runs at once are under way
 * ({@code verification.busy}). Either may be tried again after {@link #retryAfter()}.
 */
public class TooManyVerifications extends RuntimeException {

    private final String code;
    private final transient Duration retryAfter;

    TooManyVerifications(String code, Duration retryAfter) {
        super(code, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    /** The message code, under {@code problem.}: {@code verification.too-many} or {@code verification.busy}. */
    public String code() {
        return code;
    }

    /** Whole seconds, at least one: what the {@code Retry-After} header says. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
