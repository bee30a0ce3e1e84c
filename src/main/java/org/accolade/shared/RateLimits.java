package org.accolade.shared;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/** Makes rate limits that count time with the application's clock. */
@Component
public class RateLimits {

    /** Keys remembered per limit, at most: about a hundred bytes each, so a few megabytes in all. */
    static final int MAX_KEYS = 50_000;

    private final Clock clock;

    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** At most {@code perWindow} events per key and window. */
    public RateLimit perWindow(int perWindow, Duration window) {
        return new RateLimit(perWindow, window, MAX_KEYS, clock);
    }
}
