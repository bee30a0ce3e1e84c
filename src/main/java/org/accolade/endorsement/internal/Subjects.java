package org.accolade.endorsement.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.endorsement.EndorsementAsk;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.nomination.NominationForEndorsement;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** What a subject is, read from the modules that own it: the catalogue, and for an award the nomination. */
@Component
public class Subjects {

    /**
     * What the partner reads of the subject; {@code badge} is null for the issuer, {@code award} unless an award.
     * {@code organisation} is the one whose subject it is, and so the one that asks.
     */
    public record SubjectView(OrganisationId organisation, EndorsementAsk.Issuer issuer, EndorsementAsk.Badge badge,
            EndorsementAsk.Award award) {

        public String name() {
            return badge == null ? issuer.name() : badge.name();
        }
    }

    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private final NominationService nominations;

    Subjects(BadgeClassService badgeClasses, IssuerService issuers, NominationService nominations) {
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        this.nominations = nominations;
    }

    /** A badge class's own reminder and expiry for its partners; the issuer has none (the defaults apply). */
    public Optional<Deadlines> deadlines(EndorsedSubject subject) {
        return subject.type() == EndorsedSubject.Type.BADGE_CLASS
                ? badgeClasses.find(new BadgeClassId(subject.id())).map(BadgeClass::deadlines)
                : Optional.empty();
    }

    /**
     * @param nominationId the nomination an award comes from; required for an ASSERTION, ignored otherwise
     * @throws DomainException 404 when the subject does not exist
     */
    public SubjectView view(EndorsedSubject subject, UUID nominationId) {
        return switch (subject.type()) {
            case ISSUER -> {
                Issuer issuer = issuers.find(new OrganisationId(subject.id())).orElseThrow(() -> unknown(subject));
                yield new SubjectView(issuer.id(), issuer(issuer), null, null);
            }
            case BADGE_CLASS -> badge(badgeClasses.find(new BadgeClassId(subject.id()))
                    .orElseThrow(() -> unknown(subject)), null);
            case ASSERTION -> award(nominationId);
        };
    }

    /**
     * The organisation whose badge class or profile it is, which asks, when it is one of {@code administered}: that
     * of another answers 404 exactly as an unknown subject (ADR 17).
     */
    public OrganisationId askingOrganisation(EndorsedSubject subject, Set<OrganisationId> administered) {
        OrganisationId organisation = view(subject, null).organisation();
        if (!administered.contains(organisation)) {
            throw unknown(subject);
        }
        return organisation;
    }

    public String organisationName(OrganisationId organisation) {
        return issuers.get(organisation).name();
    }

    private static DomainException unknown(EndorsedSubject subject) {
        return DomainException.notFound(subject.type() == EndorsedSubject.Type.ISSUER ? "issuer.unknown"
                : "badge-class.unknown", "subjectId");
    }

    private SubjectView award(UUID nominationId) {
        if (nominationId == null) {
            throw DomainException.invalid("endorsement.award.nomination-required", "nominationId");
        }
        NominationForEndorsement nomination = nominations.endorsementView(new NominationId(nominationId));
        return badge(badgeClasses.get(new BadgeClassId(nomination.badgeClassId())), new EndorsementAsk.Award(
                nomination.nomineeShown(), nomination.nomineeName(), nomination.narrative(),
                nomination.evidence().stream()
                        .map(item -> new EndorsementAsk.Evidence(item.name(), item.url(), item.description()))
                        .toList(), nomination.round()));
    }

    private SubjectView badge(BadgeClass badgeClass, EndorsementAsk.Award award) {
        return new SubjectView(badgeClass.issuerId(), issuer(issuers.get(badgeClass.issuerId())),
                new EndorsementAsk.Badge(badgeClass.name(), badgeClass.description(), badgeClass.criteria(),
                        "/api/v1/badge-classes/" + badgeClass.id() + "/image"), award);
    }

    private static EndorsementAsk.Issuer issuer(Issuer issuer) {
        return new EndorsementAsk.Issuer(issuer.name(), issuer.url(), issuer.description());
    }
}
