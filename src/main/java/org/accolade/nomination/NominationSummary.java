package org.accolade.nomination;

import java.time.Instant;
import java.util.UUID;

public record NominationSummary(UUID id, UUID badgeClassId, String badgeName, NominationKind kind,
        NominationStatus status, NominationStage stage, String nomineeName, String nominatorName, int round,
        Instant updatedAt) {
}
