package org.accolade.endorsement;

import org.accolade.issuance.EndorsedSubject;

import java.time.Instant;
import java.util.List;

/**
 * What a partner is asked to endorse, as the link's page and {@code GET /api/v1/endorsements/{token}} show it.
 * {@code organisation} names the organisation of the network that asks (the subject's issuer); {@code badge} is
 * absent when the issuer itself is the subject, {@code award} unless the subject is an award.
 *
 * @param formId the form the partner answers with ({@code forms/endorse.form})
 */
public record EndorsementAsk(String partnerName, String organisation, EndorsedSubject.Type subjectType,
        Issuer issuer, Badge badge, Award award, Instant expiresAt, String formId) {

    public record Issuer(String name, String url, String description) {
    }

    /** {@code image} is the badge class's public picture, by path. */
    public record Badge(String name, String description, String criteria, String image) {
    }

    /** Only the evidence the nominee agreed to show publicly. */
    /**
     * The award asked about: without the nominee's consent, {@code nomineeShown} is false and neither their name nor
     * their narrative nor their evidence is given, only the jury's decision (approved, in round {@code round}).
     */
    public record Award(boolean nomineeShown, String nomineeName, String narrative, List<Evidence> evidence,
            int round) {
    }

    public record Evidence(String name, String url, String description) {
    }
}
