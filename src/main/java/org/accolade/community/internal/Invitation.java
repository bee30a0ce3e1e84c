package org.accolade.community.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.Membership;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;

import org.accolade.shared.DomainException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A single-use link to create the account of an invited member. It records who invited them ({@code invitedBy},
 * null for the system) and the roles granted with it: accepting this invitation, and only this one, gives them.
 */
@Table("invitation")
public class Invitation {

    /** The kind of {@link org.accolade.mail.SecretLinks} its links are. */
    public static final String LINK_KIND = "invitation";

    @Id
    private UUID id;
    private UUID memberId;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    private UUID invitedBy;
    /** The granted roles, comma-separated; null when the invitation grants only MEMBER. */
    private String roles;
    /** The organisation accepting it makes the member part of, with {@code organisationRole}; may be null. */
    private UUID organisationId;
    private OrganisationRole organisationRole;
    @Version
    private Long version;

    protected Invitation() {
    }

    /**
     * An invitation whose link is not sent yet: {@code tokenHash} is that of a token nobody holds, replaced when the
     * mail leaves ({@link #replaceToken}).
     */
    public static Invitation create(UUID memberId, String tokenHash, Instant now, Instant expiresAt, UUID invitedBy,
            Set<Role> roles, Membership membership) {
        var invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.memberId = memberId;
        invitation.tokenHash = tokenHash;
        invitation.createdAt = now;
        invitation.expiresAt = expiresAt;
        invitation.invitedBy = invitedBy;
        invitation.roles = roles.stream().filter(Role::isGranted).sorted().map(Role::name)
                .collect(Collectors.joining(","));
        if (membership != null) {
            invitation.organisationId = membership.organisation().value();
            invitation.organisationRole = membership.role();
        }
        return invitation;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** A new link for this invitation: the previous one stops working. */
    public void replaceToken(String tokenHash) {
        this.tokenHash = tokenHash;
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

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID invitedBy() {
        return invitedBy;
    }

    /** The roles accepting this invitation gives: always MEMBER, plus those granted with it. */
    public Set<Role> roles() {
        Set<Role> granted = EnumSet.of(Role.MEMBER);
        if (roles != null && !roles.isEmpty()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(granted::add);
        }
        return granted;
    }

    /** The membership accepting this invitation gives, besides the roles. */
    public Optional<Membership> membership() {
        return organisationId == null ? Optional.empty()
                : Optional.of(new Membership(new OrganisationId(organisationId), organisationRole));
    }
}
