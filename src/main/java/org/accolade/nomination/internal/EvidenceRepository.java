package org.accolade.nomination.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface EvidenceRepository extends ListCrudRepository<Evidence, UUID> {

    List<Evidence> findByNominationIdOrderByRound(UUID nominationId);
}
