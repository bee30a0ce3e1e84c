package org.accolade.catalog;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.accolade.community.PartnerId;
import org.accolade.shared.OrganisationId;

/**
 * A badge as the catalogue offers it: what it recognises, how a nomination for it is reviewed, where it sits in
 * competency frameworks (in the order given) and how its assertions are verified.
 */
public record BadgeClass(BadgeClassId id, OrganisationId issuerId, String key, String name, String description,
        String criteria, List<String> tags, BadgeClassStatus status, ReviewRules review, Deadlines deadlines,
        Period validity, Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements,
        List<Alignment> alignments, VerificationMethod verification, Audience audience) {

    public boolean isPublished() {
        return status == BadgeClassStatus.PUBLISHED;
    }
}
