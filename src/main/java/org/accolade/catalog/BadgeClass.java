package org.accolade.catalog;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.accolade.community.PartnerId;

/** A badge as the catalogue offers it: what it recognises and how a nomination for it is reviewed. */
public record BadgeClass(BadgeClassId id, IssuerId issuerId, String key, String name, String description,
        String criteria, List<String> tags, BadgeClassStatus status, ReviewRules review, Deadlines deadlines,
        Period validity, Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements) {

    public boolean isPublished() {
        return status == BadgeClassStatus.PUBLISHED;
    }
}
