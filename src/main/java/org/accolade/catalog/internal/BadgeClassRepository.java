package org.accolade.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.BadgeClassStatus;
import org.springframework.data.repository.ListCrudRepository;

public interface BadgeClassRepository extends ListCrudRepository<BadgeClassRow, UUID> {

    List<BadgeClassRow> findByStatusOrderByName(BadgeClassStatus status);

    Optional<BadgeClassRow> findBySlug(String slug);
}
