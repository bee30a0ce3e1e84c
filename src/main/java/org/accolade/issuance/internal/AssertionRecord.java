package org.accolade.issuance.internal;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.MemberId;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.IssueBadge;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.RecipientHash;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("assertion")
public class AssertionRecord {

    @Id
    private UUID id;
    private UUID nominationId;
    private UUID badgeClassId;
    private UUID recipientId;
    private String recipientEmail;
    private String recipientSalt;
    private String recipientHash;
    private Instant issuedOn;
    private Instant expires;
    private Instant revokedAt;
    private String revocationReason;
    @Version
    private Long version;

    protected AssertionRecord() {
    }

    public static AssertionRecord issue(IssueBadge command, Instant now, Period validity) {
        var record = new AssertionRecord();
        record.id = command.assertionId().value();
        record.nominationId = command.nominationId();
        record.badgeClassId = command.badgeClassId().value();
        record.recipientId = command.recipient().value();
        record.recipientEmail = command.recipientEmail();
        RecipientHash recipient = RecipientHash.of(command.recipientEmail(), RecipientHash.newSalt());
        record.recipientSalt = recipient.salt();
        record.recipientHash = recipient.identity();
        record.issuedOn = now;
        record.expires = validity == null ? null : now.atZone(ZoneOffset.UTC).plus(validity).toInstant();
        return record;
    }

    public IssuedBadge toIssuedBadge() {
        return new IssuedBadge(new AssertionId(id), new BadgeClassId(badgeClassId), new MemberId(recipientId),
                issuedOn, expires, revokedAt, revocationReason);
    }
}
