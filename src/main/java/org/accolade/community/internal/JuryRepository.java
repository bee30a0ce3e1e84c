package org.accolade.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface JuryRepository extends ListCrudRepository<Jury, UUID> {

    @Query("select jury_id from jury_member where member_id = :memberId")
    List<UUID> findJuryIdsOfMember(UUID memberId);

    @Query("select jury_id, count(*) as members from jury_member where jury_id in (:juryIds) group by jury_id")
    List<MemberCount> countMembers(Collection<UUID> juryIds);

    record MemberCount(UUID juryId, int members) {
    }
}
