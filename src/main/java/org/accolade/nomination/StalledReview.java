package org.accolade.nomination;

import java.util.List;

import org.accolade.nomination.NominationDetails.Person;

/**
 * A VOTES review whose round is overdue and was escalated to the issuer admins: {@code GET
 * /api/v1/admin/nominations/{id}/review}. With {@code votesInHand} at least {@code quorum}, an admin may decide with
 * them (the decision table then decides as ever); or give a missing juror's vote to one of {@code replacements}.
 *
 * @param missing      the jurors whose vote is awaited
 * @param replacements the badge class's jurors who are not part of the nomination nor on this review
 */
public record StalledReview(boolean escalated, int round, int votesInHand, int quorum, List<Person> missing,
        List<Person> replacements) {

    public boolean decidable() {
        return escalated && votesInHand >= quorum;
    }
}
