package org.accolade.issuance.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.IssueEndorsement;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

@Table("issued_endorsement")
public class EndorsementRecord implements Persistable<UUID> {

    @Id
    private UUID id;
    private String subjectType;
    private UUID subjectId;
    private UUID partnerId;
    private String comment;
    private String endorserName;
    private String endorserRole;
    private Instant issuedOn;
    private String credential;
    @Transient
    private boolean isNew;

    protected EndorsementRecord() {
    }

    /** To the second, like assertions: the document is rebuilt identical from the database. */
    public static EndorsementRecord of(IssueEndorsement command) {
        EndorsementRecord record = new EndorsementRecord();
        record.id = command.id();
        record.subjectType = command.subject().type().name();
        record.subjectId = command.subject().id();
        record.partnerId = command.partner().value();
        record.comment = command.comment();
        record.endorserName = command.endorserName();
        record.endorserRole = command.endorserRole();
        record.issuedOn = command.issuedOn().truncatedTo(ChronoUnit.SECONDS);
        record.isNew = true;
        return record;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public EndorsedSubject subject() {
        return new EndorsedSubject(EndorsedSubject.Type.valueOf(subjectType), subjectId);
    }

    /** The signed EndorsementCredential; absent on endorsements recorded before Open Badges 3.0. */
    public Optional<String> credential() {
        return Optional.ofNullable(credential);
    }

    public void signedAs(String credential) {
        this.credential = credential;
    }

    public PartnerId partnerId() {
        return new PartnerId(partnerId);
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

    public Instant issuedOn() {
        return issuedOn;
    }
}
