package org.accolade.endorsement;

import java.time.Instant;

import org.accolade.community.PartnerId;
import org.accolade.issuance.EndorsedSubject;

/** A row of the administrators' list of requests. */
public record EndorsementRequestSummary(EndorsementRequestId id, PartnerId partnerId, String partnerName,
        EndorsedSubject subject, String subjectName, EndorsementStatus status, Instant createdAt,
        Instant expiresAt, Instant remindedAt, Instant decidedAt) {
}
