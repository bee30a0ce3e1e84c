package org.accolade.endorsement.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface EndorsementRepository extends ListCrudRepository<EndorsementRecord, UUID> {

    List<EndorsementRecord> findBySubjectTypeAndSubjectIdOrderByIssuedOn(String subjectType, UUID subjectId);
}
