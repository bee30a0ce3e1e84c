package org.accolade.issuance.internal;

import java.util.Collection;
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

    /** The revoked assertions of these badge classes (an issuer's, which catalog knows), oldest revocation first. */
    default List<AssertionRecord> findRevokedOf(Collection<UUID> badgeClassIds) {
        return badgeClassIds.isEmpty() ? List.of() : findRevokedIn(badgeClassIds);
    }

    @Query("""
            select * from assertion where badge_class_id in (:badgeClassIds) and revoked_at is not null
            order by revoked_at""")
    List<AssertionRecord> findRevokedIn(Collection<UUID> badgeClassIds);
}
