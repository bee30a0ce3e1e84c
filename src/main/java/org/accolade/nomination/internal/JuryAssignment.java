package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.community.JuryService;
import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
import org.springframework.stereotype.Component;

/**
 * Who reviews a nomination: the badge class's jury without the nominator and the nominee (recusal), as it stood
 * when the nomination was submitted (ADR 14). The BPMN asks this bean for the review tasks' assignees and
 * candidates, so a recused person never gets a review task.
 */
@Component("juryAssignment")
public class JuryAssignment {

    private final BadgeClassService badgeClasses;
    private final JuryService juries;
    private final ReviewJury reviewJury;

    JuryAssignment(BadgeClassService badgeClasses, JuryService juries, ReviewJury reviewJury) {
        this.badgeClasses = badgeClasses;
        this.juries = juries;
        this.reviewJury = reviewJury;
    }

    /** Called from recognition.bpmn with the business key: the nomination's own jury, fixed at submission. */
    public List<String> jurorsFor(String nominationId) {
        return reviewJury.of(NominationId.of(nominationId)).stream().map(MemberId::toString).toList();
    }

    public List<MemberId> eligible(BadgeClass badgeClass, MemberId nominator, MemberId nominee) {
        return juries.members(badgeClass.review().jury()).stream()
                .filter(juror -> !juror.equals(nominator) && !juror.equals(nominee))
                .toList();
    }

    /** Who may take over a missing juror's vote: the badge class's jurors not involved and not on this review. */
    public List<MemberId> replacements(Nomination nomination) {
        List<MemberId> sitting = reviewJury.of(nomination.id());
        return eligible(badgeClasses.get(nomination.badgeClassId()), nomination.nominatorId(),
                nomination.nomineeId()).stream().filter(juror -> !sitting.contains(juror)).toList();
    }

    /** How many votes a decision needs: the quorum for VOTES, one recorded decision for a PANEL. */
    public int quorum(BadgeClass badgeClass) {
        return badgeClass.review().policy() == ReviewPolicy.PANEL ? 1 : badgeClass.review().quorum();
    }
}
