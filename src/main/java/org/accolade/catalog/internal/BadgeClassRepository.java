package org.accolade.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeClassStatus;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BadgeClassRepository extends ListCrudRepository<BadgeClassRow, UUID> {

    List<BadgeClassRow> findByStatusOrderByName(BadgeClassStatus status);

    List<BadgeClassRow> findByStatusAndIssuerIdOrderByName(BadgeClassStatus status, UUID issuerId);

    Optional<BadgeClassRow> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, UUID id);

    /** How many badge classes a jury reviews for: the demo network's classes share one. */
    long countByJuryId(UUID juryId);

    /** Names only, in one query: what a form's badge select needs, without loading whole aggregates. */
    @Query("select id, name from badge_class where status = 'PUBLISHED' order by name")
    List<BadgeClassName> findPublishedNames();

    @Query("select id from badge_class where issuer_id = :issuerId")
    List<UUID> findIdsByIssuerId(UUID issuerId);

    record BadgeClassName(UUID id, String name) {
    }
}
