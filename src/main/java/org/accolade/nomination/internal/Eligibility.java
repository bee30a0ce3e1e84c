package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.shared.DomainException;
import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.springframework.stereotype.Component;

/** The rules a nomination must meet before its lifecycle starts (DESIGN section 2, stage 1). */
@Component
public class Eligibility {

    private final AssertionService assertions;
    private final NominationRepository nominations;
    private final BadgeClassService badgeClasses;
    private final JuryAssignment juryAssignment;
    private final MemberService members;

    Eligibility(AssertionService assertions, NominationRepository nominations, BadgeClassService badgeClasses,
            JuryAssignment juryAssignment, MemberService members) {
        this.assertions = assertions;
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.juryAssignment = juryAssignment;
        this.members = members;
    }

    /**
     * What a nomination starts with: its jury and quorum, fixed now (ADR 14), and why it cannot go ahead when that
     * is about the nominee's own badges.
     *
     * @param stopReason null, or {@code already-held}, {@code prerequisite-missing} or {@code not-a-member}: told to a
     *                   person asking for
     *                   themselves, since it is their own data; for a nomination of someone else it must not tell the
     *                   nominator which badges that person holds (issue 10), so it is accepted and stopped instead
     */
    public record Admission(List<MemberId> jury, int quorum, String stopReason) {
    }

    /**
     * Only a badge class open by invitation invites a nominee without an account (ADR 17): the others are for people
     * of the network, so an address unknown to it is refused before anyone is invited.
     */
    public void checkNomineeKnown(BadgeClass badgeClass, boolean nomineeHasAccount) {
        if (badgeClass.audience() != Audience.INVITATION && !nomineeHasAccount) {
            throw DomainException.invalid("nomination.nominee-unknown", "nomineeEmail");
        }
    }

    public Admission check(BadgeClass badgeClass, Member nominator, Member nominee) {
        String nomineeField = nominator.equals(nominee) ? "badgeClassId" : "nomineeEmail";
        if (nominations.existsByOpenKey(Nomination.openKey(badgeClass.id(), nominee.id()))) {
            throw DomainException.conflict("nomination.duplicate", nomineeField, badgeClass.name());
        }
        List<MemberId> jury = juryAssignment.eligible(badgeClass, nominator.id(), nominee.id());
        int quorum = juryAssignment.quorum(badgeClass);
        if (jury.size() < quorum) {
            throw DomainException.conflict("nomination.jury-too-small", "badgeClassId");
        }
        DomainException hindrance = hindrance(badgeClass, nominee, nomineeField);
        if (hindrance != null && nominator.equals(nominee)) {
            throw hindrance;
        }
        return new Admission(jury, quorum, hindrance == null ? null : hindrance.code());
    }

    /**
     * The nominee is not a member of the organisation its badge class is reserved to, holds the badge already, or
     * lacks one it requires: all their own data, which a nominator must not learn.
     */
    private DomainException hindrance(BadgeClass badgeClass, Member nominee, String nomineeField) {
        // any role makes one part of the organisation: its jurors and admins belong to it as its members do
        if (badgeClass.audience() == Audience.ORGANISATION && members.memberships(nominee.id()).stream()
                .noneMatch(membership -> membership.organisation().equals(badgeClass.issuerId()))) {
            return DomainException.conflict("nomination.not-a-member", nomineeField, badgeClass.name());
        }
        if (assertions.holdsValid(nominee.id(), badgeClass.id())) {
            return DomainException.conflict("nomination.already-held", nomineeField, badgeClass.name());
        }
        for (BadgeClassId prerequisite : badgeClass.prerequisites()) {
            if (!assertions.holdsValid(nominee.id(), prerequisite)) {
                return DomainException.conflict("nomination.prerequisite-missing", "badgeClassId",
                        badgeClasses.get(prerequisite).name());
            }
        }
        return null;
    }
}
