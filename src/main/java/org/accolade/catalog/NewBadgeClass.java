package org.accolade.catalog;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.accolade.community.PartnerId;
import org.accolade.shared.OrganisationId;

public record NewBadgeClass(OrganisationId issuerId, String key, String name, String description, String criteria,
        List<String> tags, ReviewRules review, Deadlines deadlines, Period validity,
        Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements, List<Alignment> alignments,
        VerificationMethod verification, Audience audience) {

    /** No alignments, hosted verification and open by invitation unless said otherwise. */
    public NewBadgeClass {
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        verification = verification == null ? VerificationMethod.HOSTED : verification;
        audience = audience == null ? Audience.INVITATION : audience;
    }

    public NewBadgeClass(OrganisationId issuerId, String key, String name, String description, String criteria,
            List<String> tags, ReviewRules review, Deadlines deadlines, Period validity,
            Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements, List<Alignment> alignments,
            VerificationMethod verification) {
        this(issuerId, key, name, description, criteria, tags, review, deadlines, validity, prerequisites, endorsers,
                minEndorsements, alignments, verification, null);
    }
}
