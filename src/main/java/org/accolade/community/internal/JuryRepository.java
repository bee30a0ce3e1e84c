package org.accolade.community.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface JuryRepository extends ListCrudRepository<Jury, UUID> {

    @Query("select jury_id from jury_member where member_id = :memberId")
    List<UUID> findJuryIdsOfMember(UUID memberId);
}
