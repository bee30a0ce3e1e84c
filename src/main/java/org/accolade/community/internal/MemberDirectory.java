package org.accolade.community.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberStatus;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The members list of the administrators: one page of members matching a text, sorted by name, read with three
 * statements (the page, then the roles and the memberships of its members) however long the page. A list is
 * scoped to some organisations (ADR 17, in the database): their members, and those invited into them who have not
 * accepted yet; only the memberships in those organisations are read.
 */
@Component
public class MemberDirectory {

    private static final String MATCHING = """
            from member m
            where (lower(coalesce(m.display_name, '')) like :pattern escape '\\'
               or m.email like :pattern escape '\\'
               or lower(coalesce(m.username, '')) like :pattern escape '\\')""";

    private static final String IN_ORGANISATIONS = """
             and (exists (select 1 from membership s where s.member_id = m.id
                          and s.organisation_id in (:organisations))
               or exists (select 1 from invitation i where i.member_id = m.id and i.used_at is null
                          and i.organisation_id in (:organisations)))""";

    private record Row(UUID id, String username, String email, String displayName, String language,
            MemberStatus status) {
    }

    private record Grant(UUID memberId, Role role) {
    }

    private record Held(UUID memberId, UUID organisationId, OrganisationRole role) {
    }

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Members whose name, address or username contains {@code text} (any case; blank matches everyone), in
     * {@code organisations}, or everyone's when it is null.
     */
    public List<OrganisationMember> search(String text, Collection<OrganisationId> organisations, int offset,
            int limit) {
        if (organisations != null && organisations.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("select m.id, m.username, m.email, m.display_name, m.language, m.status "
                        + MATCHING + scope(organisations)
                        + " order by lower(coalesce(m.display_name, m.email)), m.email limit :limit offset :offset")
                .param("pattern", pattern(text))
                .param("organisations", ids(organisations))
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class).list();
        List<UUID> members = rows.stream().map(Row::id).toList();
        Map<UUID, Set<Role>> roles = rolesOf(members);
        Map<UUID, Set<Membership>> memberships = membershipsOf(members, organisations);
        return rows.stream().map(row -> new OrganisationMember(new Member(new MemberId(row.id()), row.username(),
                row.email(), row.displayName(), Locale.forLanguageTag(row.language()), row.status(),
                Set.copyOf(roles.getOrDefault(row.id(), Set.of()))),
                memberships.getOrDefault(row.id(), Set.of()))).toList();
    }

    public int count(String text, Collection<OrganisationId> organisations) {
        if (organisations != null && organisations.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) " + MATCHING + scope(organisations))
                .param("pattern", pattern(text))
                .param("organisations", ids(organisations))
                .query(Integer.class).single();
    }

    private Map<UUID, Set<Role>> rolesOf(List<UUID> members) {
        Map<UUID, Set<Role>> roles = new HashMap<>();
        if (members.isEmpty()) {
            return roles;
        }
        jdbc.sql("select member_id, role from member_role where member_id in (:members)")
                .param("members", members)
                .query(Grant.class).list()
                .forEach(grant -> roles.computeIfAbsent(grant.memberId(), id -> EnumSet.noneOf(Role.class))
                        .add(grant.role()));
        return roles;
    }

    private Map<UUID, Set<Membership>> membershipsOf(List<UUID> members, Collection<OrganisationId> organisations) {
        Map<UUID, Set<Membership>> memberships = new HashMap<>();
        if (members.isEmpty()) {
            return memberships;
        }
        String scope = organisations == null ? "" : " and organisation_id in (:organisations)";
        jdbc.sql("select member_id, organisation_id, role from membership where member_id in (:members)" + scope)
                .param("members", members)
                .param("organisations", ids(organisations))
                .query(Held.class).list()
                .forEach(held -> memberships.computeIfAbsent(held.memberId(), id -> new HashSet<>())
                        .add(new Membership(new OrganisationId(held.organisationId()), held.role())));
        return memberships;
    }

    private static String scope(Collection<OrganisationId> organisations) {
        return organisations == null ? "" : IN_ORGANISATIONS;
    }

    private static List<UUID> ids(Collection<OrganisationId> organisations) {
        return organisations == null ? null : organisations.stream().map(OrganisationId::value).toList();
    }

    /** A LIKE pattern for "contains", where the person's % and _ are plain characters. */
    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
