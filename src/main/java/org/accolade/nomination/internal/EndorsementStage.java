package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.OrganisationRole;
import org.accolade.nomination.NominationId;
import org.springframework.stereotype.Component;

/**
 * What {@code recognition.bpmn}'s endorsement stage asks by expression: the partners to ask (the collection of the
 * multi-instance call activity, so that no list is stored as a process variable) and who decides when too few
 * endorsed.
 */
@Component("endorsementStage")
public class EndorsementStage {

    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final NominationRepository nominations;

    EndorsementStage(BadgeClassService badgeClasses, MemberService members, NominationRepository nominations) {
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.nominations = nominations;
    }

    /** The partner ids the badge class names, in a stable order. */
    public List<String> partners(String badgeClassId) {
        return badgeClasses.get(BadgeClassId.of(badgeClassId)).endorsers().stream()
                .map(partner -> partner.value().toString()).sorted().toList();
    }

    /**
     * The admins of the nomination's organisation who may decide about it: not its nominee, not its nominator (ADR
     * 14).
     */
    public List<String> issuerAdminsFor(String nominationId) {
        Nomination nomination = nominations.findInTransaction(NominationId.of(nominationId)).orElseThrow();
        return members.membersOf(nomination.organisation(), OrganisationRole.ADMIN).stream().map(Member::id)
                .filter(admin -> !nomination.involves(admin)).map(MemberId::toString).toList();
    }
}
