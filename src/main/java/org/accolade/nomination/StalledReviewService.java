package org.accolade.nomination;

import java.util.List;

import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.nomination.NominationDetails.Person;
import org.accolade.nomination.internal.JuryAssignment;
import org.accolade.nomination.internal.Nomination;
import org.accolade.nomination.internal.NominationRepository;
import org.accolade.nomination.internal.NominationViews;
import org.accolade.nomination.internal.RecognitionProcess;
import org.accolade.nomination.internal.ReviewRepository;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way out of a VOTES review that a missing juror blocks (issue 10, item 4): once the round is overdue and the
 * admins of its organisation were alerted, one of them who is not part of the nomination decides with the votes in
 * hand, or gives the missing juror's vote to another eligible juror. Both are steps of {@code recognition.bpmn}, so the
 * nomination's timeline records them.
 */
@Service
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
public class StalledReviewService {

    private final NominationRepository nominations;
    private final ReviewRepository reviews;
    private final JuryAssignment juryAssignment;
    private final RecognitionProcess process;
    private final NominationViews views;
    private final MemberService members;
    private final CurrentMember currentMember;

    StalledReviewService(NominationRepository nominations, ReviewRepository reviews, JuryAssignment juryAssignment,
            RecognitionProcess process, NominationViews views, MemberService members, CurrentMember currentMember) {
        this.nominations = nominations;
        this.reviews = reviews;
        this.juryAssignment = juryAssignment;
        this.process = process;
        this.views = views;
        this.members = members;
        this.currentMember = currentMember;
    }

    /**
     * The escalated reviews of the caller's organisations, the longest waiting first: filtered in the database, and
     * without those the caller is part of, since they may not act on them.
     */
    @Transactional(readOnly = true)
    public List<NominationSummary> escalated() {
        MemberId me = currentMember.id();
        return nominations.findEscalatedIn(currentMember.administered().stream().map(OrganisationId::value).toList())
                .stream().filter(nomination -> !nomination.involves(me)).map(views::summary).toList();
    }

    @Transactional(readOnly = true)
    public StalledReview get(NominationId id) {
        Nomination nomination = notInvolved(id);
        List<MemberId> missing = nomination.reviewEscalated() ? process.missingJurors(id) : List.of();
        return new StalledReview(!missing.isEmpty(), nomination.round(), votesInHand(nomination),
                nomination.quorum(), people(missing),
                missing.isEmpty() ? List.of() : people(juryAssignment.replacements(nomination)));
    }

    /** The decision table takes the votes in hand; fewer than the quorum decide nothing, which is said. */
    @Transactional
    public NominationDetails decideWithVotesInHand(NominationId id) {
        Nomination nomination = stalled(id);
        int votes = votesInHand(nomination);
        if (votes < nomination.quorum()) {
            throw DomainException.conflict("review.votes-short-of-quorum", null, votes, nomination.quorum());
        }
        process.closeReview(id, currentMember.id());
        return details(id);
    }

    @Transactional
    public NominationDetails replaceJuror(NominationId id, MemberId missing, MemberId replacement) {
        Nomination nomination = stalled(id);
        if (missing == null || !process.missingJurors(id).contains(missing)) {
            throw DomainException.invalid("review.juror-not-missing", "jurorId");
        }
        if (replacement == null || !juryAssignment.replacements(nomination).contains(replacement)) {
            throw DomainException.invalid("review.replacement-not-eligible", "replacementId");
        }
        process.replaceJuror(id, missing, replacement, currentMember.id());
        return details(id);
    }

    /** Escalated, and still waiting for votes: a PANEL review or a round that ended has no way out to take. */
    private Nomination stalled(NominationId id) {
        Nomination nomination = notInvolved(id);
        if (!nomination.reviewEscalated() || process.missingJurors(id).isEmpty()) {
            throw DomainException.conflict("review.not-stalled", null);
        }
        return nomination;
    }

    /**
     * Nobody decides about, or recomposes the jury of, a nomination they are part of (ADR 2, 14); another
     * organisation's nomination is unknown to its admins (ADR 17).
     */
    private Nomination notInvolved(NominationId id) {
        Nomination nomination = nominations.findById(id.value())
                .filter(found -> currentMember.administers(found.organisation()))
                .orElseThrow(() -> DomainException.notFound("nomination.unknown", "id"));
        if (nomination.involves(currentMember.id())) {
            throw DomainException.forbidden("nomination.involved");
        }
        return nomination;
    }

    private int votesInHand(Nomination nomination) {
        return reviews.findByNominationIdAndRound(nomination.id().value(), nomination.round()).size();
    }

    private List<Person> people(List<MemberId> ids) {
        return ids.isEmpty() ? List.of() : members.getAll(ids).stream().map(StalledReviewService::person).toList();
    }

    private static Person person(Member member) {
        return new Person(member.id().value(), member.displayName());
    }

    private NominationDetails details(NominationId id) {
        return views.details(nominations.findById(id.value()).orElseThrow(), currentMember.id());
    }
}
