package org.accolade.issuance;

import java.time.Instant;
import java.util.List;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.VerificationMethod;

/**
 * What anyone may see of an issued badge: its public page and its share links. The evidence is there only when the
 * holder agreed to show it; otherwise {@code evidenceNarrative} is null and {@code evidence} empty.
 *
 * @param images the baked images that can be downloaded, PNG first
 * @param endorsements the partners' endorsements of this badge, oldest first
 */
public record PublicBadge(AssertionId id, String assertionUrl, String pageUrl, BadgeClassId badgeClassId,
        String badgeName, String badgeDescription, String criteria, String criteriaUrl, List<String> tags,
        List<Alignment> alignments, String issuerName, String issuerUrl, String recipientName, Instant issuedOn,
        Instant expires, Instant revokedAt, String revocationReason, String narrative, String evidenceNarrative,
        List<AssertionEvidence> evidence, VerificationMethod verification, List<String> images,
        List<PublicEndorsement> endorsements) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant instant) {
        return expires != null && !instant.isBefore(expires);
    }
}
