package org.accolade.nomination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationLimitReached;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many nominations of addresses with no account one member may start per day (UTC): each one mails a
 * stranger, and each answer would tell the nominator something about that address.
 */
@Component
public class NonMemberQuota {

    private final NominationRepository nominations;
    private final int perDay;
    private final Clock clock;

    NonMemberQuota(NominationRepository nominations,
            @Value("${accolade.nomination.non-member-per-day:10}") int perDay, Clock clock) {
        this.nominations = nominations;
        this.perDay = perDay;
        this.clock = clock;
    }

    /** Refuses when the nominator has used today's allowance; the refusal says when the next day starts. */
    public void check(MemberId nominator) {
        Instant now = clock.instant();
        Instant today = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant tomorrow = today.plus(Duration.ofDays(1));
        if (nominations.countInvitedBy(nominator.value(), today, tomorrow) >= perDay) {
            throw new NominationLimitReached(perDay, Duration.between(now, tomorrow));
        }
    }
}
