package org.accolade.issuance.internal;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.MemberId;
import org.accolade.issuance.AssertionEvidence;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.IssueBadge;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.RecipientHash;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("assertion")
public class AssertionRecord {

    @Id
    private UUID id;
    private UUID nominationId;
    private UUID badgeClassId;
    /** The organisation that awarded it, which alone may revoke it. */
    private UUID organisationId;
    private UUID recipientId;
    private String recipientEmail;
    private String recipientSalt;
    private String recipientHash;
    private Instant issuedOn;
    private Instant expires;
    private Instant revokedAt;
    private String revocationReason;
    private String narrative;
    private String evidenceNarrative;
    private boolean publicConsent;
    private String verification;
    private UUID signingKeyId;
    private String language;
    @MappedCollection(idColumn = "assertion_id", keyColumn = "position")
    private List<EvidenceRow> evidence = new ArrayList<>();
    @Version
    private Long version;

    protected AssertionRecord() {
    }

    /**
     * Dates are kept to the second: the documents built now and those built later from the database must be
     * byte-identical, and databases keep fewer fractional digits than the clock gives.
     */
    public static AssertionRecord issue(IssueBadge command, OrganisationId organisation, Instant now,
            Period validity, VerificationMethod verification) {
        var record = new AssertionRecord();
        record.id = command.assertionId().value();
        record.organisationId = organisation.value();
        record.nominationId = command.nominationId();
        record.badgeClassId = command.badgeClassId().value();
        record.recipientId = command.recipient().value();
        record.recipientEmail = command.recipientEmail();
        record.hashRecipient();
        record.issuedOn = now.truncatedTo(ChronoUnit.SECONDS);
        record.expires = validity == null ? null
                : record.issuedOn.atZone(ZoneOffset.UTC).plus(validity).toInstant();
        record.narrative = command.narrative();
        record.evidenceNarrative = command.evidenceNarrative();
        record.publicConsent = command.publicConsent();
        record.verification = verification.name();
        record.language = command.language().toLanguageTag();
        command.evidence().forEach(item -> record.evidence.add(EvidenceRow.of(item)));
        return record;
    }

    private void hashRecipient() {
        RecipientHash recipient = RecipientHash.of(recipientEmail, RecipientHash.newSalt());
        recipientSalt = recipient.salt();
        recipientHash = recipient.identity();
    }

    /** Records the key that signed it; the signature itself is remade from the stored document when needed. */
    public void signedWith(UUID keyId) {
        signingKeyId = keyId;
    }

    /** @return false when it was already revoked: the first reason stands */
    public boolean revoke(String reason, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revocationReason = reason;
        return true;
    }

    public AssertionId id() {
        return new AssertionId(id);
    }

    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    public BadgeClassId badgeClassId() {
        return new BadgeClassId(badgeClassId);
    }

    public MemberId recipientId() {
        return new MemberId(recipientId);
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public RecipientHash recipient() {
        return new RecipientHash(recipientHash, recipientSalt);
    }

    public Instant issuedOn() {
        return issuedOn;
    }

    public Instant expires() {
        return expires;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public String narrative() {
        return narrative;
    }

    public String evidenceNarrative() {
        return evidenceNarrative;
    }

    public boolean publicConsent() {
        return publicConsent;
    }

    public VerificationMethod verification() {
        return VerificationMethod.valueOf(verification);
    }

    public UUID signingKeyId() {
        return signingKeyId;
    }

    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    public List<AssertionEvidence> evidence() {
        return evidence.stream().map(EvidenceRow::toEvidence).toList();
    }

    public IssuedBadge toIssuedBadge() {
        return new IssuedBadge(id(), badgeClassId(), recipientId(), issuedOn, expires, revokedAt, revocationReason);
    }
}
