package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AssertionRepository extends ListCrudRepository<AssertionRecord, UUID> {

    Optional<AssertionRecord> findByNominationId(UUID nominationId);

    List<AssertionRecord> findByRecipientIdOrderByIssuedOnDesc(UUID recipientId);

    List<AssertionRecord> findByRecipientIdAndBadgeClassId(UUID recipientId, UUID badgeClassId);

    List<AssertionRecord> findAllByOrderByIssuedOnDesc(Pageable page);

    @Query("""
            select a.* from assertion a join badge_class b on b.id = a.badge_class_id
            where b.issuer_id = :issuerId and a.revoked_at is not null order by a.revoked_at""")
    List<AssertionRecord> findRevokedByIssuer(UUID issuerId);
}
