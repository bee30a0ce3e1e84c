package org.accolade.issuance.ui;

import java.time.Instant;

/** Where an issued badge stands, as every badge screen words it. */
enum BadgeStatus {
    VALID, EXPIRED, REVOKED;

    /** Revoked wins over expired: the reason is what a reader needs to know. */
    static BadgeStatus of(Instant revokedAt, Instant expires, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return expires != null && !now.isBefore(expires) ? EXPIRED : VALID;
    }
}
