package org.accolade.nomination;

import java.util.List;
import java.util.UUID;

/**
 * What a partner asked to endorse an award sees of the nomination: with the nominee's consent to show their badge
 * publicly, their name, their latest story and their evidence items; without it (many nominees are pupils), none of
 * them: {@code nomineeName} and {@code narrative} are null and {@code evidence} empty. The jury's decision is always
 * there: approved, in round {@code round}.
 */
public record NominationForEndorsement(UUID badgeClassId, boolean nomineeShown, String nomineeName, String narrative,
        List<NominationDetails.Item> evidence, int round) {
}
