package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AssertionRepository extends ListCrudRepository<AssertionRecord, UUID> {

    Optional<AssertionRecord> findByNominationId(UUID nominationId);

    List<AssertionRecord> findByRecipientIdOrderByIssuedOnDesc(UUID recipientId);

    List<AssertionRecord> findByRecipientIdAndBadgeClassId(UUID recipientId, UUID badgeClassId);

    /** Any offset, not only whole pages: a lazy grid asks for the rows it shows. */
    @Query("select * from assertion order by issued_on desc, id limit :limit offset :offset")
    List<AssertionRecord> findNewestFirst(int offset, int limit);

    @Query("""
            select a.* from assertion a join badge_class b on b.id = a.badge_class_id
            where b.issuer_id = :issuerId and a.revoked_at is not null order by a.revoked_at""")
    List<AssertionRecord> findRevokedByIssuer(UUID issuerId);
}
