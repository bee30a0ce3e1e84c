package org.accolade.nomination;

import java.time.Instant;
import java.util.UUID;

/** A nomination in a list; {@code organisationId} is the organisation whose badge it is. */
public record NominationSummary(UUID id, UUID badgeClassId, UUID organisationId, String badgeName,
        NominationKind kind, NominationStatus status, NominationStage stage, String nomineeName, String nominatorName,
        int round, Instant updatedAt) {
}
