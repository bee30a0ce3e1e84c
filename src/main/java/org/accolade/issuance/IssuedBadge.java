package org.accolade.issuance;

import java.time.Instant;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;

public record IssuedBadge(AssertionId id, BadgeClassId badgeClassId, MemberId recipient, Instant issuedOn,
        Instant expires, Instant revokedAt, String revocationReason) {

    public boolean isValidAt(Instant instant) {
        return revokedAt == null && (expires == null || instant.isBefore(expires));
    }
}
