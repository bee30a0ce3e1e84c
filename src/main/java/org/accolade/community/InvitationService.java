package org.accolade.community;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accolade.mail.Mail;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.SecretLinks;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.PublicLinks;
import org.accolade.shared.SecretToken;
import org.accolade.community.internal.Invitation;
import org.accolade.community.internal.InvitationRepository;
import org.accolade.community.internal.MemberAccount;
import org.accolade.community.internal.MemberAccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitation links let a person named by email create their account for that address; the tasks already
 * assigned to them are then theirs, since tasks are assigned to the member, not to the account. The roles an admin
 * grants with an invitation are recorded on it, with the admin's id, and given only when that very invitation is
 * accepted: the link of any other invitation (a nomination's, say) makes a plain member.
 */
@Service
@Transactional
public class InvitationService {

    /** The shortest password an invited person may choose; the invitation screen says so beforehand. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_NAME_LENGTH = 200;

    private final InvitationRepository invitations;
    private final MemberAccountRepository accounts;
    private final MemberService members;
    private final MailOutbox outbox;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Duration validity;
    private final PublicLinks links;
    private final String networkName;
    private final OrganisationDirectory organisations;

    InvitationService(InvitationRepository invitations, MemberAccountRepository accounts, MemberService members,
            MailOutbox outbox, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${accolade.invitation-validity}") Duration validity,
            PublicLinks links,
            @Value("${accolade.network-name:Accolade}") String networkName, OrganisationDirectory organisations) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.members = members;
        this.outbox = outbox;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.validity = validity;
        this.links = links;
        this.networkName = networkName;
        this.organisations = organisations;
    }

    /**
     * An administrator invites a person by email into an organisation: the member exists at once (INVITED, so that
     * tasks and juries can name them), and the invitation link is queued in the outbox; accepting it gives the
     * roles and the membership. Inviting again a person who has not answered yet sends a new link; a person who
     * already has an account is refused (an admin adds them with {@link MemberService#grant}). An organisation admin
     * invites into their own organisations; the system admin into any, or to the platform alone.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Member inviteMember(String email, String name, Locale language, Set<Role> roles, Membership membership) {
        if (membership != null) {
            members.checkCallerAdministers(membership.organisation());
        } else if (!roles.contains(Role.SYSTEM_ADMIN) && members.caller().isPresent()) {
            throw DomainException.invalid("invitation.organisation.required", "organisationId");
        }
        String address = members.checkNewcomer(email, name, language, roles);
        Member member = members.findOrInvite(address, name, language);
        Optional<Member> inviter = members.caller().map(MemberAccount::toMember);
        NewInvitation invitation = invite(member.id(), roles, membership,
                inviter.map(Member::id).orElse(null));
        String joined = Optional.ofNullable(membership).flatMap(organisation -> organisations.find(
                organisation.organisation())).map(OrganisationSummary::name).orElse(networkName);
        Mail mail = new Mail(address, member.language(), MailTemplate.MEMBER_INVITATION, Map.of(
                "recipientName", member.name() == null ? "" : member.name(),
                "inviterName", inviter.map(Member::displayName).orElse(joined),
                "issuerName", joined,
                "inviteUrl", links.invitation(invitation.token()),
                "expiresOn", invitation.expiresAt()));
        outbox.queue(membership == null ? mail : mail.about(membership.organisation()));
        return member;
    }

    /**
     * An invitation for a member named by someone else (a nomination for a badge of {@code organisation}): it makes
     * a plain member of the network and of that organisation.
     */
    public NewInvitation invite(MemberId member, OrganisationId organisation) {
        return invite(member, Set.of(Role.MEMBER), Membership.member(organisation), null);
    }

    /**
     * A link handed over outside the outbox, for the first administrator, who may have no working mail yet: its token
     * is returned once, for the caller to log, and accepting it grants {@code roles}. Only a system administrator
     * (the first start acts as one) may, since whoever reads the token becomes that member.
     */
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public NewInvitation inviteWithToken(MemberId member, Set<Role> roles, Membership membership) {
        String token = SecretToken.generate();
        return new NewInvitation(token, save(member, token, roles, membership, null).expiresAt());
    }

    /**
     * The link goes into the mail as a placeholder: its token is minted when the mail leaves (see
     * {@code InvitationLinks}), so the invitation starts with the hash of a token nobody holds.
     */
    private NewInvitation invite(MemberId member, Set<Role> roles, Membership membership, MemberId invitedBy) {
        Invitation invitation = save(member, SecretToken.generate(), roles, membership, invitedBy);
        return new NewInvitation(SecretLinks.placeholder(Invitation.LINK_KIND, invitation.id()),
                invitation.expiresAt());
    }

    /** Only the token's hash is kept. */
    private Invitation save(MemberId member, String token, Set<Role> roles, Membership membership,
            MemberId invitedBy) {
        return invitations.save(Invitation.create(member.value(), SecretToken.hash(token), clock.instant(),
                clock.instant().plus(validity), invitedBy == null ? null : invitedBy.value(), roles, membership));
    }

    /** Whether the member has a link that can still be used. */
    @Transactional(readOnly = true)
    public boolean hasOpenInvitation(MemberId member) {
        return invitations.existsByMemberIdAndUsedAtIsNullAndExpiresAtAfter(member.value(), clock.instant());
    }

    @Transactional(readOnly = true)
    public InvitationDetails describe(String token) {
        return details(usable(token));
    }

    /**
     * The newest invitation an admin sent to an invited member into an organisation the caller manages, and that can
     * still be accepted: who sent it and the roles and membership it grants, which the member gets only by
     * accepting it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Optional<InvitationDetails> pendingGrant(MemberId member) {
        return invitations.findByMemberId(member.value()).stream()
                .filter(invitation -> invitation.invitedBy() != null && invitation.isUsable(clock.instant()))
                .filter(invitation -> invitation.membership().map(Membership::organisation)
                        .filter(members::callerManages).isPresent())
                .max(Comparator.comparing(Invitation::createdAt))
                .map(this::details);
    }

    private InvitationDetails details(Invitation invitation) {
        Member member = accounts.findById(invitation.memberId()).orElseThrow().toMember();
        String inviter = invitation.invitedBy() == null ? null
                : members.find(new MemberId(invitation.invitedBy())).map(Member::displayName).orElse(null);
        return new InvitationDetails(member.email(), member.name(), invitation.expiresAt(), inviter,
                invitation.roles(), invitation.membership().orElse(null));
    }

    public Member accept(String token, AccountSetup setup) {
        validate(setup);
        Invitation invitation = usable(token);
        invitation.use(clock.instant());
        MemberAccount account = accounts.findById(invitation.memberId()).orElseThrow();
        if (account.isActive()) {
            throw DomainException.conflict("invitation.account-exists", "token");
        }
        // Exactly the roles of this invitation: any granted to the member otherwise wait for an admin to confirm.
        account.changeRoles(invitation.roles());
        invitation.membership().ifPresent(account::grant);
        account.activate(null, setup.name().trim(), passwordEncoder.encode(setup.password()),
                Locale.forLanguageTag(setup.language()), Set.of());
        invitations.save(invitation);
        return accounts.save(account).toMember();
    }

    private Invitation usable(String token) {
        Invitation invitation = invitations.findByTokenHash(SecretToken.hash(token))
                .orElseThrow(() -> DomainException.notFound("invitation.unknown", "token"));
        invitation.checkUsable(clock.instant());
        return invitation;
    }

    private static void validate(AccountSetup setup) {
        if (setup.name() == null || setup.name().isBlank()) {
            throw DomainException.invalid("account.name.required", "name");
        }
        if (setup.name().length() > MAX_NAME_LENGTH) {
            throw DomainException.invalid("account.name.too-long", "name", MAX_NAME_LENGTH);
        }
        if (setup.password() == null || setup.password().length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.invalid("account.password.too-short", "password", MIN_PASSWORD_LENGTH);
        }
        if (!Languages.isSupported(setup.language())) {
            throw DomainException.invalid("account.language.unsupported", "language");
        }
    }
}
