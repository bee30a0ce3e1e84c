package org.accolade.endorsement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.endorsement.EndorsementStatus;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EndorsementRequestRepository extends ListCrudRepository<EndorsementRequest, UUID> {

    Optional<EndorsementRequest> findByTokenHash(String tokenHash);

    boolean existsByPartnerIdAndSubjectTypeAndSubjectIdAndStatus(UUID partnerId, String subjectType, UUID subjectId,
            EndorsementStatus status);

    /** The requests of these organisations (never an empty collection), the newest first. */
    @Query("""
            select * from endorsement_request where organisation_id in (:organisations)
            order by created_at desc, id limit :limit offset :offset""")
    List<EndorsementRequest> page(Collection<UUID> organisations, int limit, long offset);

    @Query("""
            select * from endorsement_request where organisation_id in (:organisations) and status = :status
            order by created_at desc, id limit :limit offset :offset""")
    List<EndorsementRequest> page(Collection<UUID> organisations, String status, int limit, long offset);

    @Query("select count(*) from endorsement_request where organisation_id in (:organisations)")
    long count(Collection<UUID> organisations);

    @Query("select count(*) from endorsement_request where organisation_id in (:organisations) and status = :status")
    long count(Collection<UUID> organisations, String status);
}
