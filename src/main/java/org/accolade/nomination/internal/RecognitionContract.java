package org.accolade.nomination.internal;

import org.accolade.tasks.ProcessTenants;

/**
 * What Java knows of {@code bpmn/recognition.bpmn}, named once: the element ids code and tests refer to, the process
 * variables it is started with and those its steps write, the values its user tasks complete with, and the messages
 * it waits for. {@code RecognitionContractTest} checks every name against the deployed model, so a renamed element
 * fails a test instead of silently matching nothing.
 */
public final class RecognitionContract {

    public static final String PROCESS_KEY = "recognition";

    /** User tasks. */
    public static final String ACCEPT_NOMINATION = "Task_AcceptNomination";
    public static final String SUBMIT_EVIDENCE = "Task_SubmitEvidence";
    /** One per juror under the VOTES policy. */
    public static final String REVIEW_NOMINATION = "Task_ReviewNomination";
    /** Offered to the jury under the PANEL policy; one juror claims it. */
    public static final String RECORD_PANEL_DECISION = "Task_RecordPanelDecision";
    /** Offered to the issuer admins when partners did not all endorse. */
    public static final String ENDORSEMENT_MISSING = "Task_EndorsementMissing";

    /** Steps that tests and the timeline name. */
    public static final String ISSUE_BADGE = "Task_IssueBadge";
    public static final String REQUEST_ENDORSEMENTS = "Activity_RequestEndorsements";
    public static final String BADGE_ISSUED = "Event_BadgeIssued";
    public static final String NOMINATION_DECLINED = "Event_NominationDeclined";
    public static final String NOMINATION_REJECTED = "Event_NominationRejected";
    public static final String NOMINATION_STOPPED = "Event_NominationStopped";
    public static final String NOMINATION_CLOSED = "Event_NominationClosed";
    public static final String EXPIRED_UNANSWERED = "Event_NominationExpiredUnanswered";
    public static final String EXPIRED_WITHOUT_EVIDENCE = "Event_NominationExpiredWithoutEvidence";

    /** Service steps, in the order of the model. */
    public static final String STOP_NOMINATION = "Task_StopNomination";
    public static final String EXPIRE_UNANSWERED = "Task_ExpireUnanswered";
    public static final String RECORD_DECLINE = "Task_RecordDecline";
    public static final String REMIND_NOMINEE = "Task_RemindNominee";
    public static final String EXPIRE_WITHOUT_EVIDENCE = "Task_ExpireWithoutEvidence";
    public static final String REMIND_JURORS = "Task_RemindJurors";
    public static final String ESCALATE_REVIEW = "Task_EscalateReview";
    public static final String REPLACE_JUROR = "Task_ReplaceJuror";
    public static final String TALLY_VOTES = "Task_TallyVotes";
    public static final String DECIDE_OUTCOME = "Task_DecideOutcome";
    public static final String ALLOCATE_ASSERTION = "Task_AllocateAssertion";
    public static final String COUNT_ENDORSEMENTS = "Task_CountEndorsements";
    public static final String CLOSE_NOMINATION = "Task_CloseNomination";
    public static final String REQUEST_REVISION = "Task_RequestRevision";
    public static final String REJECT_NOMINATION = "Task_RejectNomination";

    /** Timers, fired in tests by executing their jobs. */
    public static final String ACCEPTANCE_EXPIRED = "Event_AcceptanceExpired";
    public static final String EVIDENCE_REMINDER_DUE = "Event_EvidenceReminderDue";
    public static final String EVIDENCE_OVERDUE = "Event_EvidenceOverdue";
    public static final String REVIEW_REMINDER_DUE = "Event_ReviewReminderDue";
    public static final String REVIEW_OVERDUE = "Event_ReviewOverdue";

    /** Gateways: whether the nomination may go ahead at all; where a rejection and a revision too many meet. */
    public static final String CAN_GO_AHEAD = "Gateway_CanGoAhead";
    public static final String REJECTED = "Gateway_Rejected";

    /** The events that receive the stalled-review messages, and the end of a vote given to another juror. */
    public static final String REVIEW_CLOSED_WITH_VOTES_IN_HAND_EVENT = "Event_ReviewClosedWithVotesInHand";
    public static final String JUROR_REPLACED_EVENT = "Event_JurorReplaced";
    public static final String VOTE_REASSIGNED = "Event_VoteReassigned";

    /** Messages an issuer admin's way out of a stalled review sends (ADR 14). */
    public static final String REVIEW_CLOSED_WITH_VOTES_IN_HAND = "ReviewClosedWithVotesInHand";
    public static final String JUROR_REPLACED = "JurorReplaced";

    /** Variables the process is started with: ids, durations (ISO-8601) and counters only. */
    public static final class Start {
        /** The organisation whose badge it is: the instance runs as its tenant. */
        public static final String ORGANISATION_ID = ProcessTenants.VARIABLE;
        public static final String STOP_REASON = "stopReason";
        public static final String KIND = "kind";
        public static final String BADGE_CLASS_ID = "badgeClassId";
        public static final String NOMINEE_ID = "nomineeId";
        public static final String REVIEW_POLICY = "reviewPolicy";
        public static final String ACCEPTANCE_PERIOD = "acceptancePeriod";
        public static final String EVIDENCE_PERIOD = "evidencePeriod";
        public static final String EVIDENCE_REMINDER = "evidenceReminder";
        public static final String REVIEW_PERIOD = "reviewPeriod";
        public static final String REVIEW_REMINDER = "reviewReminder";
        public static final String MAX_ROUNDS = "maxRounds";
        public static final String ENDORSER_COUNT = "endorserCount";
        public static final String ENDORSEMENT_REMINDER = "endorsementReminder";
        public static final String ENDORSEMENT_EXPIRY = "endorsementExpiry";
        /** Also written by each revision round. */
        public static final String ROUND = "round";

        private Start() {
        }
    }

    /** Variables the steps write for the gateways after them. */
    public static final class Written {
        public static final String APPROVALS = "approvals";
        public static final String REVISIONS = "revisions";
        public static final String REJECTIONS = "rejections";
        public static final String QUORUM = "quorum";
        public static final String ASSERTION_ID = "assertionId";
        public static final String ENDORSEMENTS_MISSING = "endorsementsMissing";
        /** Set by the stalled-review messages. */
        public static final String MISSING_JUROR = "missingJuror";
        public static final String REPLACEMENT_JUROR = "replacementJuror";
        /** Who unblocked a review, kept in the history. */
        public static final String REVIEW_UNBLOCKED_BY = "reviewUnblockedBy";

        private Written() {
        }
    }

    /**
     * Values the user tasks complete with (the form fields of {@code forms/}), transient: listeners record them in
     * Accolade's tables and the gateways read them in the same transaction.
     */
    public static final class Answers {
        public static final String DECISION = "decision";
        public static final String PUBLIC_CONSENT = "publicConsent";
        public static final String MESSAGE = "message";
        public static final String NARRATIVE = "narrative";
        public static final String ITEMS = "items";
        public static final String VERDICT = "verdict";
        public static final String COMMENT = "comment";
        /** The decision an issuer admin makes without the missing endorsements. */
        public static final String ISSUE_ANYWAY = "issue";
        public static final String ACCEPT = "accept";
        public static final String DECLINE = "decline";
        /** The other way out of a missing endorsement: the nomination is closed. */
        public static final String CLOSE = "close";
        /** Verdicts, as the form gives them ({@code Verdict.fromForm}). */
        public static final String APPROVE = "approve";
        public static final String REVISE = "revise";
        public static final String REJECT = "reject";

        private Answers() {
        }
    }

    private RecognitionContract() {
    }
}
