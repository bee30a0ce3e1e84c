package org.accolade.endorsement;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.PartnerId;

/**
 * An approved request: {@code id} is the one of the future {@code /ob/v2/endorsements/{id}}, issued by the partner's
 * profile, whose claim is the subject it was asked about.
 */
public record Endorsement(UUID id, PartnerId partnerId, String comment, Instant issuedOn, String endorserName,
        String endorserRole) {
}
