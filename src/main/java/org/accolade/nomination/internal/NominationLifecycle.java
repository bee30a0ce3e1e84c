package org.accolade.nomination.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClassService;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.mail.MailTemplate;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;
import org.accolade.nomination.Verdict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code recognition.bpmn}, called by its delegates and listeners inside the engine's transaction:
 * each loads the nomination, lets it change its own state, records what was decided and queues the emails.
 */
@Service
@Transactional
public class NominationLifecycle {

    private final NominationRepository nominations;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final InvitationService invitations;
    private final AssertionService assertions;
    private final ReviewJury reviewJury;
    private final NominationMailer mailer;
    private final AwardStatement awardStatement;
    private final EndorsementIssuance endorsements;
    private final Clock clock;

    NominationLifecycle(NominationRepository nominations, EvidenceRepository evidence, ReviewRepository reviews,
            BadgeClassService badgeClasses, MemberService members, InvitationService invitations,
            AssertionService assertions, ReviewJury reviewJury, NominationMailer mailer,
            AwardStatement awardStatement, EndorsementIssuance endorsements, Clock clock) {
        this.nominations = nominations;
        this.evidence = evidence;
        this.reviews = reviews;
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.invitations = invitations;
        this.assertions = assertions;
        this.reviewJury = reviewJury;
        this.mailer = mailer;
        this.awardStatement = awardStatement;
        this.endorsements = endorsements;
        this.clock = clock;
    }

    /** A nominee without an account gets an invitation link instead: the task waits for their sign-up. */
    public void acceptanceRequested(NominationId id, OpenTask task) {
        Nomination nomination = load(id);
        Member nominee = members.get(nomination.nomineeId());
        if (nominee.hasAccount()) {
            mailer.acceptanceRequested(nomination, task);
        } else {
            mailer.invitation(nomination, invitations.invite(nominee.id(), nomination.organisation()));
        }
    }

    public void answerAcceptance(NominationId id, boolean accepted, boolean publicConsent, String message) {
        Nomination nomination = load(id);
        if (accepted) {
            nomination.accept(publicConsent, message, clock.instant());
        } else {
            nomination.decline(message, clock.instant());
        }
        nominations.save(nomination);
    }

    public void tellNominatorOfDecline(NominationId id) {
        mailer.declined(load(id));
    }

    /** On a later round the request is the jury's revision request, with their comments. */
    public void evidenceRequested(NominationId id, OpenTask task) {
        Nomination nomination = enter(id, NominationStage.EVIDENCE);
        if (nomination.round() == 1) {
            mailer.evidenceRequested(nomination, task);
        } else {
            mailer.revisionRequested(nomination, task, comments(nomination, nomination.round() - 1));
        }
    }

    public void submitEvidence(NominationId id, String narrative, List<EvidenceItem> items) {
        Nomination nomination = load(id);
        evidence.save(Evidence.submit(id.value(), nomination.round(), narrative, items, clock.instant()));
    }

    public void remindNominee(NominationId id, OpenTask task) {
        mailer.evidenceReminder(load(id), task);
    }

    public void reviewAssigned(NominationId id, OpenTask task) {
        mailer.toJurors(MailTemplate.REVIEW_ASSIGNED, enter(id, NominationStage.REVIEW), task);
    }

    public void recordReview(NominationId id, MemberId juror, Verdict verdict, String comment) {
        Nomination nomination = load(id);
        reviews.save(Review.record(id.value(), nomination.round(), juror, verdict, comment, clock.instant()));
    }

    public void remindJurors(NominationId id, List<OpenTask> tasks) {
        Nomination nomination = load(id);
        tasks.forEach(task -> mailer.toJurors(MailTemplate.REVIEW_REMINDER, nomination, task));
    }

    /** From now on the issuer admins may decide with the votes in hand or replace a missing juror. */
    public void escalateReview(NominationId id, List<OpenTask> tasks) {
        Nomination nomination = load(id);
        nomination.escalateReview();
        nominations.save(nomination);
        mailer.escalation(nomination, tasks);
    }

    /** The missing juror's task is now the replacement's, who sits on this nomination's jury in their place. */
    public void jurorReplaced(NominationId id, MemberId missing, OpenTask reassigned) {
        Nomination nomination = load(id);
        reviewJury.replace(id, missing, reassigned.people().get(0));
        mailer.toJurors(MailTemplate.REVIEW_ASSIGNED, nomination, reassigned);
    }

    /** It could not go ahead (ADR 14): the nominee is not asked, the nominator sees only that it stopped. */
    public void stop(NominationId id, String reason) {
        Nomination nomination = load(id);
        nomination.stop(reason, clock.instant());
        nominations.save(nomination);
        mailer.stopped(nomination);
    }

    public Tally tally(NominationId id) {
        Nomination nomination = load(id);
        Map<Verdict, Long> counts = reviews.findByNominationIdAndRound(id.value(), nomination.round()).stream()
                .collect(Collectors.groupingBy(Review::verdict,
                        Collectors.counting()));
        return new Tally(count(counts, Verdict.APPROVE), count(counts, Verdict.REVISE),
                count(counts, Verdict.REJECT), nomination.quorum());
    }

    /** Returns the id the badge will have once issued. */
    public UUID approve(NominationId id) {
        Nomination nomination = load(id);
        boolean askPartners = !badgeClasses.get(nomination.badgeClassId()).endorsers().isEmpty();
        UUID assertionId = nomination.approve(askPartners, clock.instant());
        nominations.save(nomination);
        mailer.approved(nomination);
        return assertionId;
    }

    /**
     * Whether fewer partners endorsed the badge than its badge class requires; with enough of them, the badge is
     * ready to issue.
     */
    public boolean endorsementsMissing(NominationId id) {
        Nomination nomination = load(id);
        int endorsed = endorsements.count(
                new EndorsedSubject(EndorsedSubject.Type.ASSERTION, nomination.assertionId()));
        boolean missing = endorsed < badgeClasses.get(nomination.badgeClassId()).minEndorsements();
        if (!missing) {
            nomination.readyToIssue(clock.instant());
            nominations.save(nomination);
        }
        return missing;
    }

    /** An issuer admin decided to issue the badge without the endorsements it lacks. */
    public void issueWithoutEndorsements(NominationId id) {
        Nomination nomination = load(id);
        nomination.readyToIssue(clock.instant());
        nominations.save(nomination);
    }

    public void closeWithoutEndorsements(NominationId id, String comment) {
        Nomination nomination = load(id);
        nomination.closeWithoutEndorsements(comment, clock.instant());
        nominations.save(nomination);
        mailer.closedWithoutEndorsements(nomination, comment);
    }

    /** Returns the new round's number. */
    public int startNextRound(NominationId id) {
        Nomination nomination = load(id);
        int round = nomination.startNextRound(clock.instant());
        nominations.save(nomination);
        return round;
    }

    public void reject(NominationId id) {
        Nomination nomination = load(id);
        List<String> feedback = comments(nomination, nomination.round());
        nomination.reject(clock.instant());
        nominations.save(nomination);
        mailer.rejected(nomination, feedback);
    }

    public void expire(NominationId id) {
        Nomination nomination = load(id);
        String reason = nomination.stage() == NominationStage.ACCEPTANCE ? "acceptance" : "evidence";
        nomination.expire(clock.instant());
        nominations.save(nomination);
        mailer.expired(nomination, reason);
    }

    /**
     * Idempotent: a run that finds the nomination already awarded does nothing, and the assertion service
     * creates at most one assertion per nomination even when two runs overlap.
     */
    public void issueBadge(NominationId id) {
        Nomination nomination = load(id);
        if (nomination.status() == NominationStatus.AWARDED) {
            return;
        }
        Member nominee = members.get(nomination.nomineeId());
        var issuance = assertions.issue(awardStatement.issueBadge(nomination, nominee));
        nomination.award(clock.instant());
        nominations.save(nomination);
        mailer.badgeIssued(nomination, issuance.badge().id().toString());
    }

    private Nomination enter(NominationId id, NominationStage stage) {
        Nomination nomination = load(id);
        return nomination.enter(stage, clock.instant()) ? nominations.save(nomination) : nomination;
    }

    private List<String> comments(Nomination nomination, int round) {
        return reviews.findByNominationIdAndRound(nomination.id().value(), round).stream()
                .map(Review::comment).toList();
    }

    private Nomination load(NominationId id) {
        return nominations.findInTransaction(id).orElseThrow(
                () -> new IllegalStateException("No nomination " + id + " for a running process"));
    }

    private static int count(Map<Verdict, Long> counts, Verdict verdict) {
        return counts.getOrDefault(verdict, 0L).intValue();
    }
}
