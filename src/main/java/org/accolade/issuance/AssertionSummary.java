package org.accolade.issuance;

import java.time.Instant;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;
import org.accolade.shared.OrganisationId;

/** One line of the organisation admins' list of issued badges; {@code organisationId} awarded it. */
public record AssertionSummary(AssertionId id, BadgeClassId badgeClassId, OrganisationId organisationId,
        String badgeName, MemberId recipient,
        String recipientName, String recipientEmail, Instant issuedOn, Instant expires, Instant revokedAt,
        String revocationReason) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
