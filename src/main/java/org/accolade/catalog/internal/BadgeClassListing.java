package org.accolade.catalog.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrators' reads over their organisations' badge classes, any status: a page of list lines, names and
 * tags, in single statements that never load whole aggregates, filtered by organisation in the database (ADR 17).
 * No organisation reads nothing.
 */
@Component
public class BadgeClassListing {

    public record Line(UUID id, UUID issuerId, String name, String slug, BadgeClassStatus status,
            ReviewPolicy reviewPolicy, UUID juryId) {
    }

    private record Name(UUID id, String name) {
    }

    private final JdbcClient jdbc;

    BadgeClassListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page in name order; a null status means every status. */
    public List<Line> page(Collection<OrganisationId> organisations, BadgeClassStatus status, int offset,
            int limit) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, issuer_id, name, slug, status, review_policy, jury_id from badge_class"
                        + where(status) + " order by lower(name), id limit :limit offset :offset")
                .params(parameters(organisations, status)).param("limit", limit).param("offset", offset)
                .query(Line.class).list();
    }

    public int count(Collection<OrganisationId> organisations, BadgeClassStatus status) {
        if (organisations.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from badge_class" + where(status))
                .params(parameters(organisations, status)).query(Integer.class).single();
    }

    /** The badge classes' names by id, in name order. */
    public Map<BadgeClassId, String> names(Collection<OrganisationId> organisations) {
        Map<BadgeClassId, String> names = new LinkedHashMap<>();
        if (!organisations.isEmpty()) {
            jdbc.sql("select id, name from badge_class" + where(null) + " order by lower(name), id")
                    .params(parameters(organisations, null)).query(Name.class).list()
                    .forEach(badge -> names.put(new BadgeClassId(badge.id()), badge.name()));
        }
        return names;
    }

    /** The tags in use, to suggest them. */
    public SortedSet<String> tags(Collection<OrganisationId> organisations) {
        SortedSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!organisations.isEmpty()) {
            jdbc.sql("select tags from badge_class" + where(null) + " and tags is not null")
                    .params(parameters(organisations, null)).query(String.class).list()
                    .forEach(joined -> Arrays.stream(joined.split(",")).map(String::trim)
                            .filter(t -> !t.isEmpty()).forEach(tags::add));
        }
        return tags;
    }

    private static String where(BadgeClassStatus status) {
        return " where issuer_id in (:organisations)" + (status == null ? "" : " and status = :status");
    }

    private static Map<String, Object> parameters(Collection<OrganisationId> organisations,
            BadgeClassStatus status) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("organisations", organisations.stream().map(OrganisationId::value).toList());
        if (status != null) {
            parameters.put("status", status.name());
        }
        return parameters;
    }
}
