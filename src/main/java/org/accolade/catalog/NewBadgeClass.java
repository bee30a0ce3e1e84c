package org.accolade.catalog;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.accolade.community.PartnerId;

public record NewBadgeClass(IssuerId issuerId, String key, String name, String description, String criteria,
        List<String> tags, ReviewRules review, Deadlines deadlines, Period validity,
        Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements, List<Alignment> alignments,
        VerificationMethod verification) {

    /** No alignments and hosted verification unless said otherwise. */
    public NewBadgeClass {
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        verification = verification == null ? VerificationMethod.HOSTED : verification;
    }
}
