package org.accolade.nomination;

import java.util.List;
import java.util.UUID;

/**
 * What a partner asked to endorse an award sees of the nomination: the nominee's name, their latest story, and the
 * evidence items only if the nominee consented to show them publicly (empty otherwise).
 */
public record NominationForEndorsement(UUID badgeClassId, String nomineeName, String narrative,
        List<NominationDetails.Item> evidence) {
}
