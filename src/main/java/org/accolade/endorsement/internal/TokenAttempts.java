package org.accolade.endorsement.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds the attempts on the public token endpoints and the partner's page per client address over a sliding minute, so that nobody can try
 * tokens at speed (they are 256 random bits, but a link also names a partner's pending decision). In memory: each
 * node counts its own clients, which is enough to make guessing pointless.
 */
@Component
public class TokenAttempts {

    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Past this many clients, those idle for a whole window are forgotten, so memory stays bounded. */
    private static final int CLIENTS_BEFORE_CLEANUP = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final int perWindow;
    private final Clock clock;

    TokenAttempts(@Value("${accolade.endorsement.attempts-per-minute}") int perWindow, Clock clock) {
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Counts this attempt; false when the client has used up its window (a refused attempt does not count). */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        if (attempts.size() > CLIENTS_BEFORE_CLEANUP) {
            forgetIdle(windowStart);
        }
        Deque<Instant> recent = attempts.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
                recent.pollFirst();
            }
            if (recent.size() >= perWindow) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    private void forgetIdle(Instant windowStart) {
        attempts.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(windowStart);
            }
        });
    }
}
