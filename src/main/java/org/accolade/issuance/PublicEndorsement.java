package org.accolade.issuance;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.PartnerId;

/** An endorsement as the public pages show it; {@code url} is its hosted Open Badges document. */
public record PublicEndorsement(UUID id, String url, PartnerId partnerId, String partnerName, String partnerWebsite, String comment,
        String endorserName, String endorserRole, Instant issuedOn) {
}
