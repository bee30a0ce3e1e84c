package org.accolade.issuance;

import java.time.Instant;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;

/** One line of the issuer admins' list of issued badges. */
public record AssertionSummary(AssertionId id, BadgeClassId badgeClassId, String badgeName, MemberId recipient,
        String recipientName, String recipientEmail, Instant issuedOn, Instant expires, Instant revokedAt,
        String revocationReason) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
