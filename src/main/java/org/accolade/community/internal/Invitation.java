package org.accolade.community.internal;

import java.time.Instant;
import java.util.UUID;

import org.accolade.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("invitation")
public class Invitation {

    @Id
    private UUID id;
    private UUID memberId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    @Version
    private Long version;

    protected Invitation() {
    }

    public static Invitation create(UUID memberId, String tokenHash, Instant now, Instant expiresAt) {
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.memberId = memberId;
        invitation.tokenHash = tokenHash;
        invitation.createdAt = now;
        invitation.expiresAt = expiresAt;
        return invitation;
    }

    /** Refuses a link that was used already or has expired: both answer 410, the link is gone. */
    public void checkUsable(Instant now) {
        if (usedAt != null) {
            throw new DomainException(DomainException.Kind.GONE, "invitation.used", "token");
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainException(DomainException.Kind.GONE, "invitation.expired", "token");
        }
    }

    public void use(Instant now) {
        checkUsable(now);
        usedAt = now;
    }

    public UUID memberId() {
        return memberId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
