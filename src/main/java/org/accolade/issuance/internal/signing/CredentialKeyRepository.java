package org.accolade.issuance.internal.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface CredentialKeyRepository extends ListCrudRepository<CredentialKeyRow, UUID> {

    Optional<CredentialKeyRow> findFirstByOwnerIdAndAlgorithmOrderByGenerationDesc(UUID ownerId, String algorithm);

    List<CredentialKeyRow> findByOwnerIdOrderByAlgorithmAscGenerationAsc(UUID ownerId);
}
