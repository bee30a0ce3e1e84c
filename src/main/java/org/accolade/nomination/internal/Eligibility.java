package org.accolade.nomination.internal;

import org.accolade.shared.DomainException;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.issuance.AssertionService;
import org.springframework.stereotype.Component;

/** The rules a nomination must meet before its lifecycle starts (DESIGN section 2, stage 1). */
@Component
public class Eligibility {

    private final AssertionService assertions;
    private final NominationRepository nominations;
    private final BadgeClassService badgeClasses;
    private final JuryAssignment juryAssignment;

    Eligibility(AssertionService assertions, NominationRepository nominations, BadgeClassService badgeClasses,
            JuryAssignment juryAssignment) {
        this.assertions = assertions;
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.juryAssignment = juryAssignment;
    }

    public void check(BadgeClass badgeClass, Member nominator, Member nominee) {
        String nomineeField = nominator.equals(nominee) ? "badgeClassId" : "nomineeEmail";
        if (assertions.holdsValid(nominee.id(), badgeClass.id())) {
            throw DomainException.conflict("nomination.already-held", nomineeField, badgeClass.name());
        }
        if (nominations.existsByOpenKey(Nomination.openKey(badgeClass.id(), nominee.id()))) {
            throw DomainException.conflict("nomination.duplicate", nomineeField, badgeClass.name());
        }
        for (BadgeClassId prerequisite : badgeClass.prerequisites()) {
            if (!assertions.holdsValid(nominee.id(), prerequisite)) {
                throw DomainException.conflict("nomination.prerequisite-missing", "badgeClassId",
                        badgeClasses.get(prerequisite).name());
            }
        }
        int jurors = juryAssignment.eligible(badgeClass, nominator.id(), nominee.id()).size();
        if (jurors < juryAssignment.quorum(badgeClass)) {
            throw DomainException.conflict("nomination.jury-too-small", "badgeClassId");
        }
    }
}
