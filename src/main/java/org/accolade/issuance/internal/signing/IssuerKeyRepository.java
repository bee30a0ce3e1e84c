package org.accolade.issuance.internal.signing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface IssuerKeyRepository extends ListCrudRepository<IssuerKeyRow, UUID> {

    Optional<IssuerKeyRow> findByIssuerId(UUID issuerId);
}
