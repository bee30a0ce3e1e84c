package org.accolade.endorsement.internal;

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

    @Query("select * from endorsement_request order by created_at desc, id limit :limit offset :offset")
    List<EndorsementRequest> page(int limit, long offset);

    @Query("""
            select * from endorsement_request where status = :status
            order by created_at desc, id limit :limit offset :offset""")
    List<EndorsementRequest> page(String status, int limit, long offset);

    long countByStatus(String status);
}
