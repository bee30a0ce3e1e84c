package org.accolade.mail;

/**
 * The messages Accolade sends. Each has one template per language under {@code mail/}, named after the constant
 * ({@code REVIEW_ASSIGNED} is {@code mail/review-assigned.fr.mustache}); the model keys each one expects are listed in
 * the design of the mail module and checked when a message is queued.
 */
public enum MailTemplate {
    INVITATION,
    ACCEPTANCE_REQUESTED,
    NOMINATION_DECLINED,
    /** The nomination could not go ahead; the nominator is not told why (ADR 14). */
    NOMINATION_STOPPED,
    EVIDENCE_REQUESTED,
    EVIDENCE_REMINDER,
    REVIEW_ASSIGNED,
    REVIEW_REMINDER,
    REVIEW_ESCALATION,
    OUTCOME_APPROVED,
    OUTCOME_REVISE,
    OUTCOME_REJECTED,
    BADGE_ISSUED,
    NOMINATION_EXPIRED,
    /** An administrator invites a person to join, without a nomination: the member administration screen. */
    MEMBER_INVITATION,
    /** An issuer admin revoked a badge: its holder is told why. */
    BADGE_REVOKED,
    /** The jury approved, but too few partners endorsed the badge and an issuer admin closed the nomination. */
    NOMINATION_CLOSED,
    /** A partner is asked to endorse an award, a badge class or the issuer, through a single-use link. */
    ENDORSEMENT_REQUESTED,
    /** The partner has not answered yet: a new link, the previous one stops working. */
    ENDORSEMENT_REMINDER,
    /** To the operators: mail has not left for an hour (the outbox keeps failing to deliver). */
    MAIL_STALLED,
    /** To the operators: the issuance of a badge failed until its retries ran out (a Camunda incident). */
    ISSUANCE_INCIDENT
}
