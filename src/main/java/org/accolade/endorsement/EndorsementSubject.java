package org.accolade.endorsement;

import java.util.Objects;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.IssuerId;

/** The claim of an endorsement: the Open Badges object it is about, by id. */
public record EndorsementSubject(SubjectType type, UUID id) {

    public EndorsementSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static EndorsementSubject badgeClass(BadgeClassId badgeClass) {
        return new EndorsementSubject(SubjectType.BADGE_CLASS, badgeClass.value());
    }

    public static EndorsementSubject issuer(IssuerId issuer) {
        return new EndorsementSubject(SubjectType.ISSUER, issuer.value());
    }
}
