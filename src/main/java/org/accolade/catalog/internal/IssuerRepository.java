package org.accolade.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface IssuerRepository extends ListCrudRepository<IssuerRow, UUID> {

    boolean existsBySlug(String slug);

    Optional<IssuerRow> findBySlug(String slug);

    List<IssuerRow> findAllByOrderByName();
}
