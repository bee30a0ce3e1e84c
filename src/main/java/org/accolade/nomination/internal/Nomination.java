package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationStatus;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nomination guards its own state: each step of the lifecycle is a method that refuses what cannot happen at
 * the current stage. {@code openKey} is set while it is in progress, so that the database refuses a second open
 * nomination of the same person for the same badge.
 */
@Table("nomination")
public class Nomination {

    @Id
    private UUID id;
    private UUID badgeClassId;
    /** The organisation whose badge it is: its admins see it, and its process runs as that tenant. */
    private UUID organisationId;
    private NominationKind kind;
    private UUID nominatorId;
    private UUID nomineeId;
    private String narrative;
    private NominationStatus status;
    private NominationStage stage;
    private int round;
    private boolean publicConsent;
    private String nomineeMessage;
    private String outcomeNote;
    private UUID assertionId;
    private String openKey;
    private int quorum;
    private int escalatedRound;
    private boolean nomineeInvited;
    private String stopReason;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Nomination() {
    }

    /**
     * @param quorum         the votes its review needs, fixed now with its jury (ADR 14)
     * @param nomineeInvited the nominee had no account: such nominations are limited per nominator and day
     */
    public static Nomination submit(NominationKind kind, BadgeClassId badgeClass, OrganisationId organisation,
            MemberId nominator, MemberId nominee, String narrative, int quorum, boolean nomineeInvited, Instant now) {
        var nomination = new Nomination();
        nomination.organisationId = organisation.value();
        nomination.quorum = quorum;
        nomination.nomineeInvited = nomineeInvited;
        nomination.id = UUID.randomUUID();
        nomination.kind = kind;
        nomination.badgeClassId = badgeClass.value();
        nomination.nominatorId = nominator.value();
        nomination.nomineeId = nominee.value();
        nomination.narrative = narrative;
        nomination.status = NominationStatus.IN_PROGRESS;
        nomination.stage = kind == NominationKind.NOMINATION ? NominationStage.ACCEPTANCE : NominationStage.EVIDENCE;
        nomination.round = 1;
        nomination.openKey = openKey(badgeClass, nominee);
        nomination.createdAt = now;
        nomination.updatedAt = now;
        return nomination;
    }

    public static String openKey(BadgeClassId badgeClass, MemberId nominee) {
        return badgeClass.value() + ":" + nominee.value();
    }

    /** Moves to a stage; returns false when the nomination is there already (several review tasks). */
    public boolean enter(NominationStage next, Instant now) {
        requireInProgress();
        if (stage == next) {
            return false;
        }
        stage = next;
        updatedAt = now;
        return true;
    }

    public void accept(boolean consent, String message, Instant now) {
        requireStage(NominationStage.ACCEPTANCE);
        publicConsent = consent;
        nomineeMessage = message;
        enter(NominationStage.EVIDENCE, now);
    }

    public void decline(String message, Instant now) {
        requireStage(NominationStage.ACCEPTANCE);
        nomineeMessage = message;
        close(NominationStatus.DECLINED, now);
    }

    public void expire(Instant now) {
        close(NominationStatus.EXPIRED, now);
    }

    /**
     * It cannot go ahead for a reason the nominator must not learn (the nominee's badges are theirs to tell): it
     * ends before the nominee is asked, and only admins read why.
     */
    public void stop(String reason, Instant now) {
        requireStage(NominationStage.ACCEPTANCE);
        stopReason = reason;
        close(NominationStatus.STOPPED, now);
    }

    /** The review of this round is overdue and the issuer admins were alerted: they may now unblock it. */
    public void escalateReview() {
        requireStage(NominationStage.REVIEW);
        escalatedRound = round;
    }

    public boolean reviewEscalated() {
        return status == NominationStatus.IN_PROGRESS && stage == NominationStage.REVIEW && escalatedRound == round;
    }

    /** The jury asked for a revision: a new evidence round starts. */
    public int startNextRound(Instant now) {
        requireStage(NominationStage.REVIEW);
        round++;
        enter(NominationStage.EVIDENCE, now);
        return round;
    }

    /** The jurors' reasons stay in their reviews, one each; copied here they would not fit a large jury's. */
    public void reject(Instant now) {
        close(NominationStatus.REJECTED, now);
    }

    /**
     * The jury approved: the badge's id is fixed now, so that endorsements can refer to it before issuance. With
     * partners to ask, the endorsement stage comes first.
     */
    public UUID approve(boolean askPartners, Instant now) {
        requireStage(NominationStage.REVIEW);
        if (assertionId == null) {
            assertionId = UUID.randomUUID();
        }
        enter(askPartners ? NominationStage.ENDORSEMENT : NominationStage.ISSUANCE, now);
        return assertionId;
    }

    /** Enough partners endorsed, or an issuer admin decided to issue without them. */
    public void readyToIssue(Instant now) {
        requireStage(NominationStage.ENDORSEMENT);
        enter(NominationStage.ISSUANCE, now);
    }

    /** Too few partners endorsed and an issuer admin closed it, with a comment the nominee receives. */
    public void closeWithoutEndorsements(String comment, Instant now) {
        requireStage(NominationStage.ENDORSEMENT);
        outcomeNote = comment;
        close(NominationStatus.WITHDRAWN, now);
    }

    public void award(Instant now) {
        requireStage(NominationStage.ISSUANCE);
        close(NominationStatus.AWARDED, now);
    }

    private void close(NominationStatus outcome, Instant now) {
        requireInProgress();
        status = outcome;
        stage = NominationStage.CLOSED;
        openKey = null;
        updatedAt = now;
    }

    private void requireInProgress() {
        if (status != NominationStatus.IN_PROGRESS) {
            throw new IllegalStateException("Nomination " + id + " is " + status);
        }
    }

    private void requireStage(NominationStage expected) {
        requireInProgress();
        if (stage != expected) {
            throw new IllegalStateException("Nomination " + id + " is at " + stage + ", not " + expected);
        }
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public NominationId id() {
        return new NominationId(id);
    }

    public BadgeClassId badgeClassId() {
        return new BadgeClassId(badgeClassId);
    }

    public NominationKind kind() {
        return kind;
    }

    public MemberId nominatorId() {
        return new MemberId(nominatorId);
    }

    public MemberId nomineeId() {
        return new MemberId(nomineeId);
    }

    public String narrative() {
        return narrative;
    }

    public NominationStatus status() {
        return status;
    }

    public NominationStage stage() {
        return stage;
    }

    public int round() {
        return round;
    }

    public boolean publicConsent() {
        return publicConsent;
    }

    public String nomineeMessage() {
        return nomineeMessage;
    }

    public String outcomeNote() {
        return outcomeNote;
    }

    public UUID assertionId() {
        return assertionId;
    }

    public int quorum() {
        return quorum;
    }

    public String stopReason() {
        return stopReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean involves(MemberId member) {
        return nominatorId.equals(member.value()) || nomineeId.equals(member.value());
    }
}
