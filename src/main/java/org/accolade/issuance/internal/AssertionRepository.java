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

    /** These organisations' assertions; any offset, not only whole pages: a lazy grid asks for the rows it shows. */
    default List<AssertionRecord> findNewestFirst(Collection<UUID> organisations, int offset, int limit) {
        return organisations.isEmpty() ? List.of() : findNewestFirstOf(organisations, offset, limit);
    }

    @Query("""
            select * from assertion where organisation_id in (:organisations)
            order by issued_on desc, id limit :limit offset :offset""")
    List<AssertionRecord> findNewestFirstOf(Collection<UUID> organisations, int offset, int limit);

    default long countOf(Collection<UUID> organisations) {
        return organisations.isEmpty() ? 0 : countByOrganisationIdIn(organisations);
    }

    long countByOrganisationIdIn(Collection<UUID> organisations);

    /** The revoked assertions of these badge classes (an issuer's, which catalog knows), oldest revocation first. */
    default List<AssertionRecord> findRevokedOf(Collection<UUID> badgeClassIds) {
        return badgeClassIds.isEmpty() ? List.of() : findRevokedIn(badgeClassIds);
    }

    @Query("""
            select * from assertion where badge_class_id in (:badgeClassIds) and revoked_at is not null
            order by revoked_at""")
    List<AssertionRecord> findRevokedIn(Collection<UUID> badgeClassIds);
}
