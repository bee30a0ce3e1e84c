package org.accolade.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code perWindow} events per key (a client address, an account) in each window, the window starting at a
 * key's first event. Counted in memory, one Bucket4j bucket per key, kept in a map bounded in size: a client cycling
 * through addresses pushes out the least recent keys instead of filling the memory. Time is the application's
 * {@link Clock}, so that tests move it instead of waiting.
 */
public final class RateLimit {

    /** What became of one event: counted, or refused until {@code retryAfter} has passed. */
    public record Attempt(boolean allowed, Duration retryAfter) {

        /** Whole seconds, rounded up and at least one: what the {@code Retry-After} header says. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** Whole minutes, rounded up and at least one: what a person is told to wait. */
        public long retryAfterMinutes() {
            return (retryAfterSeconds() + 59) / 60;
        }
    }

    private final int perWindow;
    private final Duration window;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    RateLimit(int perWindow, Duration window, int maxKeys, Clock clock) {
        if (perWindow < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs a positive count and window");
        }
        this.perWindow = perWindow;
        this.window = window;
        this.time = new ClockTime(clock);
        // A key idle for a whole window has a full bucket again, so forgetting it loses nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(window)
                .ticker(time::currentTimeNanos).build();
    }

    /** Counts one event for {@code key}, or refuses it without counting it. */
    public Attempt attempt(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return new Attempt(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Whether an event for {@code key} would be allowed now, counting nothing. */
    public Attempt peek(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return new Attempt(probe.canBeConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Counts one event for {@code key} that has already happened (a failed sign-in), if its window has room. */
    public void count(String key) {
        bucket(key).tryConsume(1);
    }

    private Bucket bucket(String key) {
        return buckets.get(key, any -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillIntervally(perWindow, window))
                .withCustomTimePrecision(time).build());
    }

    /** Bucket4j's time, read from the application's clock. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
