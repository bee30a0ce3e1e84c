package org.accolade.catalog.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.ReviewPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The administrators' reads over all badge classes, any status: a page of list lines, names and tags, in single
 * statements that never load whole aggregates.
 */
@Component
public class BadgeClassListing {

    public record Line(UUID id, String name, String slug, BadgeClassStatus status, ReviewPolicy reviewPolicy,
            UUID juryId) {
    }

    private record Name(UUID id, String name) {
    }

    private final JdbcClient jdbc;

    BadgeClassListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page in name order; a null status means every status. */
    public List<Line> page(BadgeClassStatus status, int offset, int limit) {
        return jdbc.sql("select id, name, slug, status, review_policy, jury_id from badge_class"
                        + where(status) + " order by lower(name), id limit :limit offset :offset")
                .params(parameters(status, Map.of("limit", limit, "offset", offset)))
                .query(Line.class).list();
    }

    public int count(BadgeClassStatus status) {
        return jdbc.sql("select count(*) from badge_class" + where(status)).params(parameters(status, Map.of()))
                .query(Integer.class).single();
    }

    /** Every badge class's name by id, in name order. */
    public Map<BadgeClassId, String> names() {
        Map<BadgeClassId, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from badge_class order by lower(name), id").query(Name.class).list()
                .forEach(badge -> names.put(new BadgeClassId(badge.id()), badge.name()));
        return names;
    }

    /** Every tag in use, to suggest them. */
    public SortedSet<String> tags() {
        SortedSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.sql("select tags from badge_class where tags is not null").query(String.class).list()
                .forEach(joined -> Arrays.stream(joined.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                        .forEach(tags::add));
        return tags;
    }

    private static String where(BadgeClassStatus status) {
        return status == null ? "" : " where status = :status";
    }

    private static Map<String, Object> parameters(BadgeClassStatus status, Map<String, Object> others) {
        Map<String, Object> parameters = new LinkedHashMap<>(others);
        if (status != null) {
            parameters.put("status", status.name());
        }
        return parameters;
    }
}
