package org.accolade.endorsement.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementStatus;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner asked to endorse a subject, answerable through the link whose token hashes to {@code tokenHash} until
 * it is answered, expires or is cancelled. A new link (reminder, resend) replaces the token, so the old link stops
 * working.
 */
@Table("endorsement_request")
public class EndorsementRequest {

    @Id
    private UUID id;
    private UUID partnerId;
    /** The organisation that asks: its admins follow the request, and the partner's page names it. */
    private UUID organisationId;
    private String subjectType;
    private UUID subjectId;
    private UUID nominationId;
    private String tokenHash;
    private EndorsementStatus status;
    private String language;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant remindedAt;
    private Instant decidedAt;
    private String comment;
    private String endorserName;
    private String endorserRole;
    @Version
    private Long version;

    protected EndorsementRequest() {
    }

    public static EndorsementRequest create(PartnerId partner, OrganisationId asking, EndorsedSubject subject,
            UUID nominationId, Locale language, String tokenHash, Instant now, Instant expiresAt) {
        var request = new EndorsementRequest();
        request.id = UUID.randomUUID();
        request.organisationId = asking.value();
        request.partnerId = partner.value();
        request.subjectType = subject.type().name();
        request.subjectId = subject.id();
        request.nominationId = nominationId;
        request.language = language.getLanguage();
        request.tokenHash = tokenHash;
        request.status = EndorsementStatus.PENDING;
        request.createdAt = now;
        request.expiresAt = expiresAt;
        return request;
    }

    /** Refuses a link that can no longer be answered: all of these answer 410, the link is gone. */
    public void checkAnswerable(Instant now) {
        switch (status) {
            case ENDORSED, DECLINED -> throw gone("endorsement.used");
            case CANCELLED -> throw gone("endorsement.cancelled");
            case EXPIRED -> throw gone("endorsement.expired");
            case PENDING -> {
                if (!now.isBefore(expiresAt)) {
                    throw gone("endorsement.expired");
                }
            }
        }
    }

    /** The decision, once: the token is used up with it, since only a PENDING request can be answered. */
    public void decide(boolean endorse, String comment, String endorserName, String endorserRole, Instant now) {
        checkAnswerable(now);
        this.status = endorse ? EndorsementStatus.ENDORSED : EndorsementStatus.DECLINED;
        this.comment = comment;
        this.endorserName = endorserName;
        this.endorserRole = endorserRole;
        this.decidedAt = now;
    }

    /** A new link for a request still waiting; {@code reminder} records when the partner was last reminded. */
    public void replaceToken(String tokenHash, Instant now, boolean reminder) {
        requirePending();
        this.tokenHash = tokenHash;
        if (reminder) {
            this.remindedAt = now;
        }
    }

    /** Past its time without an answer; a request answered or cancelled meanwhile keeps its outcome. */
    public void expire() {
        if (status == EndorsementStatus.PENDING) {
            status = EndorsementStatus.EXPIRED;
        }
    }

    public void cancel() {
        requirePending();
        status = EndorsementStatus.CANCELLED;
    }

    private void requirePending() {
        if (status != EndorsementStatus.PENDING) {
            throw DomainException.conflict("endorsement.not-pending", "status");
        }
    }

    private static DomainException gone(String code) {
        return new DomainException(DomainException.Kind.GONE, code, "token");
    }

    public EndorsementRequestId id() {
        return new EndorsementRequestId(id);
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    public PartnerId partnerId() {
        return new PartnerId(partnerId);
    }

    public EndorsedSubject subject() {
        return new EndorsedSubject(EndorsedSubject.Type.valueOf(subjectType), subjectId);
    }

    public UUID nominationId() {
        return nominationId;
    }

    public EndorsementStatus status() {
        return status;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }

    public String endorserName() {
        return endorserName;
    }

    public String endorserRole() {
        return endorserRole;
    }
}
