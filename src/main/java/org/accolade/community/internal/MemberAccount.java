package org.accolade.community.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.community.LoginAccount;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberStatus;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("member")
public class MemberAccount {

    @Id
    private UUID id;
    private String username;
    private String email;
    private String displayName;
    private String passwordHash;
    private String language;
    private MemberStatus status;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "member_id")
    private Set<RoleGrant> roles = new HashSet<>();
    @MappedCollection(idColumn = "member_id")
    private Set<MembershipRow> memberships = new HashSet<>();

    protected MemberAccount() {
    }

    /** A member named by email, who has no password yet; {@code email} is already normalised. */
    public static MemberAccount invited(String email, String name, Locale language, Instant now) {
        var account = new MemberAccount();
        account.id = UUID.randomUUID();
        account.email = email;
        account.displayName = name;
        account.language = language.getLanguage();
        account.status = MemberStatus.INVITED;
        account.createdAt = now;
        account.roles.add(new RoleGrant(Role.MEMBER));
        return account;
    }

    /** Turns an invited member into an account, or gives an existing account its username and roles. */
    public void activate(String username, String name, String passwordHash, Locale language, Set<Role> roles) {
        this.username = username;
        this.displayName = name;
        this.passwordHash = passwordHash;
        this.language = language.getLanguage();
        this.status = MemberStatus.ACTIVE;
        roles.stream().filter(Role::isGranted).forEach(role -> this.roles.add(new RoleGrant(role)));
    }

    /**
     * Replaces the member's granted roles; the rules on who may grant which role are the service's. Being an
     * organisation admin is a membership, so ORGANISATION_ADMIN here changes nothing.
     */
    public void changeRoles(Set<Role> roles) {
        this.roles.clear();
        roles.stream().filter(Role::isGranted).forEach(role -> this.roles.add(new RoleGrant(role)));
    }

    /** Tells whether the member did not hold it yet. */
    public boolean grant(Membership membership) {
        return memberships.add(MembershipRow.of(membership));
    }

    /** Tells whether the member held it. */
    public boolean withdraw(Membership membership) {
        return memberships.remove(MembershipRow.of(membership));
    }

    public Set<Membership> memberships() {
        return memberships.stream().map(MembershipRow::toMembership).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public MemberId id() {
        return new MemberId(id);
    }

    public Member toMember() {
        return new Member(id(), username, email, displayName, Locale.forLanguageTag(language), status, roleSet());
    }

    public LoginAccount toLogin() {
        return new LoginAccount(id(), username != null ? username : email, passwordHash, roleSet(),
                memberships());
    }

    /** The granted roles, and ORGANISATION_ADMIN while the member administers an organisation. */
    private Set<Role> roleSet() {
        Set<Role> all = roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(HashSet::new));
        if (memberships.stream().anyMatch(membership -> membership.role() == OrganisationRole.ADMIN)) {
            all.add(Role.ORGANISATION_ADMIN);
        }
        return Set.copyOf(all);
    }
}
