package org.accolade.issuance;

import java.util.Objects;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.shared.OrganisationId;

/**
 * What a partner endorses, by id: an issued (or about to be issued) badge, a badge class, or an issuer. The one
 * name for it, from the partner's request to the hosted Open Badges endorsement.
 */
public record EndorsedSubject(Type type, UUID id) {

    public enum Type { ASSERTION, BADGE_CLASS, ISSUER }

    public EndorsedSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static EndorsedSubject badgeClass(BadgeClassId badgeClass) {
        return new EndorsedSubject(Type.BADGE_CLASS, badgeClass.value());
    }

    public static EndorsedSubject issuer(OrganisationId issuer) {
        return new EndorsedSubject(Type.ISSUER, issuer.value());
    }
}
