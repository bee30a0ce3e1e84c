package org.accolade.community.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberStatus;
import org.accolade.community.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a member with their roles in one statement. Members are read at nearly every step of the lifecycle (every
 * email names people), where the repository would take a statement for the member and another for the roles.
 */
@Component
public class MemberReader {

    private record Row(UUID id, String username, String email, String displayName, String language,
            MemberStatus status, Role role) {
    }

    private final JdbcClient jdbc;

    MemberReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Member> byId(UUID id) {
        List<Row> rows = jdbc.sql("""
                select m.id, m.username, m.email, m.display_name, m.language, m.status, r.role
                from member m left join member_role r on r.member_id = m.id
                where m.id = :id""").param("id", id).query(Row.class).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(Row::role).filter(role -> role != null).forEach(roles::add);
        return Optional.of(new Member(new MemberId(first.id()), first.username(), first.email(),
                first.displayName(), Locale.forLanguageTag(first.language()), first.status(), Set.copyOf(roles)));
    }
}
