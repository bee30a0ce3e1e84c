package org.accolade.catalog;

import java.time.Period;
import java.util.List;
import java.util.Set;

import org.accolade.community.PartnerId;

public record NewBadgeClass(IssuerId issuerId, String key, String name, String description, String criteria,
        List<String> tags, ReviewRules review, Deadlines deadlines, Period validity,
        Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers, int minEndorsements) {
}
