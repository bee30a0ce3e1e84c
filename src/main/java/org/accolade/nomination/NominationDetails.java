package org.accolade.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A nomination as its participants see it: {@code GET /api/v1/nominations/{id}}. Its nominee and nominator see no
 * vote of a round before its outcome, and no juror's name (ADR 14).
 *
 * @param organisationId the organisation whose badge it is
 * @param stopReason why it could not go ahead (status {@code STOPPED}), a problem code; for the jury and the
 *                   admins only, never for its nominator (issue 10)
 */
public record NominationDetails(UUID id, UUID badgeClassId, UUID organisationId, String badgeName, NominationKind kind,
        NominationStatus status, NominationStage stage, Person nominee, Person nominator, String narrative,
        int round, boolean publicConsent, List<EvidenceRound> evidence, List<ReviewEntry> reviews, UUID assertionId,
        Instant createdAt, Instant updatedAt, String stopReason) {

    public record Person(UUID id, String name) {
    }

    public record EvidenceRound(int round, String narrative, List<Item> items, Instant submittedAt) {
    }

    public record Item(String name, String url, String description) {
    }

    /** A juror's vote; the juror is named only to the jury and the admins. */
    public record ReviewEntry(int round, Person juror, Verdict verdict, String comment, Instant decidedAt) {
    }
}
