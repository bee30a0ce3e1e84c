package org.accolade.endorsement.internal;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.endorsement.Endorsement;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An endorsement given: made once from an endorsed request, whose subject is its claim. */
@Table("endorsement")
public class EndorsementRecord {

    @Id
    private UUID id;
    private UUID requestId;
    private UUID partnerId;
    private String subjectType;
    private UUID subjectId;
    private String comment;
    private String endorserName;
    private String endorserRole;
    private Instant issuedOn;
    @Version
    private Long version;

    protected EndorsementRecord() {
    }

    public static EndorsementRecord of(EndorsementRequest request) {
        var endorsement = new EndorsementRecord();
        endorsement.id = UUID.randomUUID();
        endorsement.requestId = request.id().value();
        endorsement.partnerId = request.partnerId().value();
        endorsement.subjectType = request.subject().type().name();
        endorsement.subjectId = request.subject().id();
        endorsement.comment = request.comment();
        endorsement.endorserName = request.endorserName();
        endorsement.endorserRole = request.endorserRole();
        endorsement.issuedOn = request.decidedAt();
        return endorsement;
    }

    public UUID id() {
        return id;
    }

    public Endorsement toEndorsement() {
        return new Endorsement(id, new PartnerId(partnerId), comment, issuedOn, endorserName, endorserRole);
    }
}
