package org.accolade.issuance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface AssertionRepository extends ListCrudRepository<AssertionRecord, UUID> {

    Optional<AssertionRecord> findByNominationId(UUID nominationId);

    List<AssertionRecord> findByRecipientIdOrderByIssuedOnDesc(UUID recipientId);

    List<AssertionRecord> findByRecipientIdAndBadgeClassId(UUID recipientId, UUID badgeClassId);
}
