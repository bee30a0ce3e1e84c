package org.accolade.issuance;

import java.time.Instant;

/** An endorsement as a badge's public page shows it. */
public record PublicEndorsement(String url, String partnerName, String partnerWebsite, String comment,
        String endorserName, String endorserRole, Instant issuedOn) {
}
