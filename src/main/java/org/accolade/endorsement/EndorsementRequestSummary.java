package org.accolade.endorsement;

import java.time.Instant;

import org.accolade.community.PartnerId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.shared.OrganisationId;

/** A row of the administrators' list of requests; {@code organisationId} and its name are those of the asker. */
public record EndorsementRequestSummary(EndorsementRequestId id, OrganisationId organisationId,
        String organisationName, PartnerId partnerId, String partnerName,
        EndorsedSubject subject, String subjectName, EndorsementStatus status, Instant createdAt,
        Instant expiresAt, Instant remindedAt, Instant decidedAt) {
}
