package org.accolade.community.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberStatus;
import org.accolade.community.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The members list of the administrators: one page of members matching a text, sorted by name, read with two
 * statements (the page, then the roles of its members) however long the page.
 */
@Component
public class MemberDirectory {

    private static final String MATCHING = """
            from member m
            where lower(coalesce(m.display_name, '')) like :pattern escape '\\'
               or m.email like :pattern escape '\\'
               or lower(coalesce(m.username, '')) like :pattern escape '\\'""";

    private record Row(UUID id, String username, String email, String displayName, String language,
            MemberStatus status) {
    }

    private record Grant(UUID memberId, Role role) {
    }

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members whose name, address or username contains {@code text} (any case); blank matches everyone. */
    public List<Member> search(String text, int offset, int limit) {
        List<Row> rows = jdbc.sql("select m.id, m.username, m.email, m.display_name, m.language, m.status "
                        + MATCHING + " order by lower(coalesce(m.display_name, m.email)), m.email"
                        + " limit :limit offset :offset")
                .param("pattern", pattern(text))
                .param("limit", limit)
                .param("offset", offset)
                .query(Row.class).list();
        Map<UUID, Set<Role>> roles = rolesOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(row -> new Member(new MemberId(row.id()), row.username(), row.email(),
                row.displayName(), Locale.forLanguageTag(row.language()), row.status(),
                Set.copyOf(roles.getOrDefault(row.id(), Set.of())))).toList();
    }

    public int count(String text) {
        return jdbc.sql("select count(*) " + MATCHING).param("pattern", pattern(text)).query(Integer.class).single();
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

    /** A LIKE pattern for "contains", where the person's % and _ are plain characters. */
    private static String pattern(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + plain.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
