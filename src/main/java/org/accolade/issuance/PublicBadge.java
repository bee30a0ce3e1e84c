package org.accolade.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.VerificationMethod;

/**
 * What anyone may see of an issued badge: its public page and its share links. The evidence is there only when the
 * holder agreed to show it; otherwise {@code evidenceNarrative} is null and {@code evidence} empty.
 *
 * @param issuerKey the awarding organisation's key, which names its public page
 * @param issuerLogo the address of the awarding organisation's logo; null when it has none
 * @param images the baked images that can be downloaded, PNG first
 * @param endorsements the partners' endorsements of this badge, oldest first
 * @param credential the Open Badges 3.0 credential's addresses; absent for a badge issued before 3.0
 */
public record PublicBadge(AssertionId id, String assertionUrl, String pageUrl, BadgeClassId badgeClassId,
        String badgeName, String badgeDescription, String criteria, String criteriaUrl, List<String> tags,
        List<Alignment> alignments, String issuerName, String issuerUrl, String issuerKey, String issuerLogo,
        String recipientName, Instant issuedOn,
        Instant expires, Instant revokedAt, String revocationReason, String narrative, String evidenceNarrative,
        List<AssertionEvidence> evidence, VerificationMethod verification, List<String> images,
        List<PublicEndorsement> endorsements, Optional<Credential> credential) {

    /** The same badge as an Open Badges 3.0 verifiable credential: signed JSON, VC-JWT, and the baked PNG. */
    public record Credential(String json, String jwt, String png) {
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant instant) {
        return expires != null && !instant.isBefore(expires);
    }
}
