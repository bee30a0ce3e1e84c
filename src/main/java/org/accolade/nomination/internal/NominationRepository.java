package org.accolade.nomination.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface NominationRepository extends ListCrudRepository<Nomination, UUID> {

    boolean existsByOpenKey(String openKey);

    @Query("select * from nomination where nominator_id = :member or nominee_id = :member order by created_at desc")
    List<Nomination> findInvolving(UUID member);
}
