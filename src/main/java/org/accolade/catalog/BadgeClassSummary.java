package org.accolade.catalog;

import org.accolade.shared.OrganisationId;

/** One line of the administrators' list of badge classes, with the organisation it belongs to. */
public record BadgeClassSummary(BadgeClassId id, OrganisationId organisationId, String name, String key,
        BadgeClassStatus status, ReviewPolicy policy, int jurySize) {
}
