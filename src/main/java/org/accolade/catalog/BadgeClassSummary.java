package org.accolade.catalog;

/** One line of the administrators' list of badge classes. */
public record BadgeClassSummary(BadgeClassId id, String name, String key, BadgeClassStatus status,
        ReviewPolicy policy, int jurySize) {
}
