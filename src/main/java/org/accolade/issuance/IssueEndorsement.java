package org.accolade.issuance;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.PartnerId;

/**
 * Host a partner's approval as an Open Badges 2.0 Endorsement, under {@code id} (chosen by the endorsement module,
 * so that recording it twice is harmless).
 */
public record IssueEndorsement(UUID id, EndorsedSubject subject, PartnerId partner, String comment,
        String endorserName, String endorserRole, Instant issuedOn) {
}
