package org.accolade.issuance;

import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;

/** Issue the badge of a nomination, under the assertion id allocated when the jury approved. */
public record IssueBadge(AssertionId assertionId, UUID nominationId, BadgeClassId badgeClassId, MemberId recipient,
        String recipientEmail) {
}
