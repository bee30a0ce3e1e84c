package org.accolade.catalog.web;

import java.util.List;
import java.util.UUID;

import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.ReviewPolicy;

/** A badge class as the API shows it, to members and admins alike: who awards it and who may be nominated. */
record BadgeClassEntry(UUID id, UUID organisationId, String key, String name, String description, String criteria,
        List<String> tags, ReviewPolicy reviewPolicy, BadgeClassStatus status, Audience audience) {

    static BadgeClassEntry of(BadgeClass badge) {
        return new BadgeClassEntry(badge.id().value(), badge.issuerId().value(), badge.key(), badge.name(),
                badge.description(), badge.criteria(), badge.tags(), badge.review().policy(), badge.status(),
                badge.audience());
    }
}
