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
 * Who reviews a nomination: the badge class's jury without the nominator and the nominee (recusal). The BPMN
 * asks this bean for the review tasks' assignees and candidates, so a recused person never gets a review task.
 */
@Component("juryAssignment")
public class JuryAssignment {

    private final NominationRepository nominations;
    private final BadgeClassService badgeClasses;
    private final JuryService juries;

    JuryAssignment(NominationRepository nominations, BadgeClassService badgeClasses, JuryService juries) {
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.juries = juries;
    }

    /** Called from recognition.bpmn with the business key. */
    public List<String> jurorsFor(String nominationId) {
        Nomination nomination = nominations.findInTransaction(NominationId.of(nominationId)).orElseThrow();
        return eligible(badgeClasses.get(nomination.badgeClassId()), nomination.nominatorId(),
                nomination.nomineeId()).stream().map(MemberId::toString).toList();
    }

    public List<MemberId> eligible(BadgeClass badgeClass, MemberId nominator, MemberId nominee) {
        return juries.members(badgeClass.review().jury()).stream()
                .filter(juror -> !juror.equals(nominator) && !juror.equals(nominee))
                .toList();
    }

    /** How many votes a decision needs: the quorum for VOTES, one recorded decision for a PANEL. */
    public int quorum(BadgeClass badgeClass) {
        return badgeClass.review().policy() == ReviewPolicy.PANEL ? 1 : badgeClass.review().quorum();
    }
}
