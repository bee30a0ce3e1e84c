package org.accolade.issuance;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;

/**
 * Issue the badge of a nomination, under the assertion id allocated when the jury approved.
 *
 * @param narrative what the jury decided, in the holder's language: the assertion's {@code narrative}
 * @param evidenceNarrative the nominee's own account of what they did
 * @param evidence the items the nominee brought, in their order
 * @param publicConsent whether the holder agreed that the evidence be shown publicly
 * @param language the holder's language, for the sentences the hosted documents generate
 */
public record IssueBadge(AssertionId assertionId, UUID nominationId, BadgeClassId badgeClassId, MemberId recipient,
        String recipientEmail, String narrative, String evidenceNarrative, List<AssertionEvidence> evidence,
        boolean publicConsent, Locale language) {

    public IssueBadge {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
