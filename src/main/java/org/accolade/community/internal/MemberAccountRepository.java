package org.accolade.community.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MemberAccountRepository extends ListCrudRepository<MemberAccount, UUID> {

    Optional<MemberAccount> findByEmail(String email);

    Optional<MemberAccount> findByUsername(String username);

    @Query("select m.* from member m join member_role r on r.member_id = m.id where r.role = :role")
    List<MemberAccount> findByRole(String role);

    @Query("""
            select m.* from member m join membership s on s.member_id = m.id
            where s.organisation_id = :organisation and s.role = :role
            """)
    List<MemberAccount> findByMembership(UUID organisation, String role);
}
