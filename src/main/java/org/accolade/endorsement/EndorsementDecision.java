package org.accolade.endorsement;

import java.util.UUID;

/** What a partner's answer came to; {@code endorsementId} only when they endorsed. */
public record EndorsementDecision(EndorsementStatus status, UUID endorsementId) {
}
