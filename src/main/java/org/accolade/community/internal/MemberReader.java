package org.accolade.community.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberStatus;
import org.accolade.community.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads members with their roles in one statement. Members are read at nearly every step of the lifecycle (every
 * email names people), where the repository would take a statement for the member and another for the roles.
 */
@Component
public class MemberReader {

    private record Row(UUID id, String username, String email, String displayName, String language,
            MemberStatus status, Role role, boolean organisationAdmin) {
    }

    private final JdbcClient jdbc;

    MemberReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select m.id, m.username, m.email, m.display_name, m.language, m.status, r.role,
                exists (select 1 from membership s where s.member_id = m.id and s.role = 'ADMIN')
                    as organisation_admin
            from member m left join member_role r on r.member_id = m.id
            """;

    public Optional<Member> byId(UUID id) {
        return Optional.ofNullable(members(jdbc.sql(SELECT + "where m.id = :id").param("id", id)
                .query(Row.class).list()).get(id));
    }

    /** Several members in one statement, by id; unknown ids are absent from the map. */
    public Map<UUID, Member> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members(jdbc.sql(SELECT + "where m.id in (:ids)").param("ids", ids).query(Row.class).list());
    }

    private static Map<UUID, Member> members(List<Row> rows) {
        Map<UUID, List<Row>> byMember = rows.stream()
                .collect(Collectors.groupingBy(Row::id, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Member> members = new LinkedHashMap<>();
        byMember.forEach((id, memberRows) -> members.put(id, member(memberRows)));
        return members;
    }

    private static Member member(List<Row> rows) {
        Row first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(Row::role).filter(role -> role != null).forEach(roles::add);
        if (first.organisationAdmin()) {
            roles.add(Role.ORGANISATION_ADMIN);
        }
        return new Member(new MemberId(first.id()), first.username(), first.email(), first.displayName(),
                Locale.forLanguageTag(first.language()), first.status(), Set.copyOf(roles));
    }
}
