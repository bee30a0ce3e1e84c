package org.accolade.endorsement.internal;

import java.time.Duration;

import org.accolade.shared.RateLimit;
import org.accolade.shared.RateLimit.Attempt;
import org.accolade.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the attempts on the public token endpoints and the partner's page per client address and minute, so that
 * nobody can try tokens at speed (they are 256 random bits, but a link also names a partner's pending decision). In
 * memory: each node counts its own clients, which is enough to make guessing pointless.
 */
@Component
public class TokenAttempts {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RateLimit limit;

    TokenAttempts(@Value("${accolade.endorsement.attempts-per-minute}") int perWindow, RateLimits limits) {
        this.limit = limits.perWindow(perWindow, WINDOW);
    }

    /** Counts this attempt, or refuses it (without counting it) when the client has used up its minute. */
    public Attempt attempt(String client) {
        return limit.attempt(client);
    }
}
