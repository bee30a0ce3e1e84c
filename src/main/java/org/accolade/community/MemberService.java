package org.accolade.community;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.TransactionCache;
import org.accolade.community.internal.EmailAddress;
import org.accolade.community.internal.MemberAccount;
import org.accolade.community.internal.MemberAccountRepository;
import org.accolade.community.internal.MemberDirectory;
import org.accolade.community.internal.MemberReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    private final MemberAccountRepository accounts;
    private final MemberReader reader;
    private final MemberDirectory directory;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    MemberService(MemberAccountRepository accounts, MemberReader reader, MemberDirectory directory,
            OrganisationDirectory organisations, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.reader = reader;
        this.directory = directory;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static String normalizeEmail(String email) {
        return EmailAddress.normalize(email);
    }

    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(TransactionCache.get(MemberAccount.class, id,
                () -> reader.byId(id.value()).orElse(null)));
    }

    public Member get(MemberId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("member.unknown", null, id));
    }

    /** The members, in the order given: those this transaction has not read yet are read in one statement. */
    public List<Member> getAll(Collection<MemberId> ids) {
        Map<MemberId, Member> found = TransactionCache.getAll(MemberAccount.class, ids, this::read);
        return ids.stream().map(id -> Optional.ofNullable(found.get(id))
                .orElseThrow(() -> DomainException.notFound("member.unknown", null, id))).toList();
    }

    private Map<MemberId, Member> read(Collection<MemberId> ids) {
        return reader.byIds(ids.stream().map(MemberId::value).toList()).values().stream()
                .collect(Collectors.toMap(Member::id, member -> member));
    }

    public Optional<Member> findByEmail(String email) {
        return accounts.findByEmail(normalizeEmail(email)).map(MemberAccount::toMember);
    }

    /** The account a person logs in with, by username or email; only accounts with a password. */
    public Optional<LoginAccount> findLogin(String login) {
        return accounts.findByUsername(login)
                .or(() -> accounts.findByEmail(normalizeEmail(login)))
                .filter(MemberAccount::isActive)
                .map(MemberAccount::toLogin);
    }

    /** The member with this address, or a new invited member (no password yet) whom tasks can be assigned to. */
    @Transactional
    public Member findOrInvite(String email, String name, Locale language) {
        String address = normalizeEmail(email);
        return accounts.findByEmail(address).orElseGet(
                () -> accounts.save(MemberAccount.invited(address, blankToNull(name), language, clock.instant())))
                .toMember();
    }

    /**
     * An operator opens an account at once, with the username and password they choose: for someone who cannot
     * receive an invitation yet, and for the demo network, whose accounts have usernames and the password
     * {@code demo} (DESIGN section 7), which nobody accepting an invitation could choose. The address, name,
     * language and roles pass the checks of an invitation, and a person who has an account already is refused.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Member createAccount(NewAccount account) {
        String address = checkNewcomer(account.email(), account.name(), account.language(), account.roles());
        MemberAccount member = accounts.findByEmail(address)
                .orElseGet(() -> MemberAccount.invited(address, account.name(), account.language(), clock.instant()));
        member.activate(account.username(), account.name(), passwordEncoder.encode(account.password()),
                account.language(), account.roles());
        account.memberships().forEach(member::grant);
        return accounts.save(member).toMember();
    }

    /** Those granted this platform role; for organisation admins, see {@link #membersOf}. */
    public List<Member> withRole(Role role) {
        if (!role.isGranted()) {
            throw new IllegalArgumentException(role + " follows from memberships: ask membersOf");
        }
        return accounts.findByRole(role.name()).stream().map(MemberAccount::toMember).toList();
    }

    /** The members holding this role in the organisation, such as its admins to alert. */
    public List<Member> membersOf(OrganisationId organisation, OrganisationRole role) {
        return accounts.findByMembership(organisation.value(), role.name()).stream().map(MemberAccount::toMember)
                .toList();
    }

    public Set<Membership> memberships(MemberId member) {
        return account(member).memberships();
    }

    /**
     * Makes a member part of an organisation with this role. The organisation's admins and the system admin may; an
     * admin of another organisation is told it does not exist.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Set<Membership> grant(MemberId member, Membership membership) {
        checkCallerAdministers(membership.organisation());
        MemberAccount account = account(member);
        if (account.grant(membership)) {
            accounts.save(account);
        }
        return account.memberships();
    }

    /**
     * Makes the member with this address part of an organisation with this role: for a person who is in the
     * network already (an invitation is for the others).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public OrganisationMember add(String email, Membership membership) {
        if (membership == null) {
            throw DomainException.invalid("member.membership.required", "organisationId");
        }
        checkCallerAdministers(membership.organisation());
        String address = EmailAddress.parse(email, "member.email.invalid");
        MemberAccount account = accounts.findByEmail(address)
                .orElseThrow(() -> DomainException.notFound("member.email.unknown", "email", address));
        Set<Membership> there = grant(account.id(), membership).stream()
                .filter(held -> held.organisation().equals(membership.organisation()))
                .collect(Collectors.toUnmodifiableSet());
        return new OrganisationMember(account.toMember(), there);
    }

    /** Ends a membership; nobody ends their own admin membership, so that no organisation loses its last admin. */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Set<Membership> withdraw(MemberId member, Membership membership) {
        checkCallerAdministers(membership.organisation());
        if (membership.role() == OrganisationRole.ADMIN
                && caller().map(MemberAccount::id).filter(member::equals).isPresent()) {
            throw DomainException.conflict("member.roles.own-admin", "role");
        }
        MemberAccount account = account(member);
        if (account.withdraw(membership)) {
            accounts.save(account);
        }
        return account.memberships();
    }

    /**
     * Refuses, as unknown, an organisation the caller does not administer, unless they run the platform (and it
     * exists).
     */
    void checkCallerAdministers(OrganisationId organisation) {
        if (!callerManages(organisation)) {
            throw DomainException.notFound("organisation.unknown", "organisationId", organisation);
        }
    }

    /**
     * Refuses (404) an organisation whose people the caller does not manage, as if it did not exist: for a caller
     * about to read what to do to it.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public void checkManages(OrganisationId organisation) {
        checkCallerAdministers(organisation);
    }

    /** Whether the caller may change who belongs to this organisation: its admins, and the system admin. */
    boolean callerManages(OrganisationId organisation) {
        return callerHasRole(Role.SYSTEM_ADMIN) ? organisations.find(organisation).isPresent()
                : callerAdministers(organisation);
    }

    /**
     * The organisations whose people the caller manages, by name: those they administer, or every one for the
     * system admin.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public List<OrganisationSummary> managedOrganisations() {
        List<OrganisationSummary> all = organisations.all();
        if (callerHasRole(Role.SYSTEM_ADMIN)) {
            return all;
        }
        Set<OrganisationId> administered = callerAdministered();
        return all.stream().filter(organisation -> administered.contains(organisation.id())).toList();
    }

    boolean callerAdministers(OrganisationId organisation) {
        return callerHolds(Membership.admin(organisation));
    }

    /** Those put on one of the organisation's juries become its jurors, if they were not already. */
    void makeJurors(OrganisationId organisation, Collection<MemberId> jurors) {
        Membership juror = Membership.juror(organisation);
        for (MemberId member : jurors) {
            MemberAccount account = account(member);
            if (account.grant(juror)) {
                accounts.save(account);
            }
        }
    }

    private MemberAccount account(MemberId member) {
        return accounts.findById(member.value())
                .orElseThrow(() -> DomainException.notFound("member.unknown", null, member));
    }

    /**
     * One page of the people whose name, address or username contains {@code text}, sorted by name: the members of
     * the organisations the caller administers (and those invited into them), with their memberships there; every
     * member, with all their memberships, for the system admin.
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public List<OrganisationMember> search(String text, int offset, int limit) {
        return directory.search(text, visibleOrganisations(), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public int count(String text) {
        return directory.count(text, visibleOrganisations());
    }

    /** As {@link #search}, in one organisation the caller manages; another answers 404 as an unknown one. */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public List<OrganisationMember> searchIn(OrganisationId organisation, String text, int offset, int limit) {
        checkCallerAdministers(organisation);
        return directory.search(text, Set.of(organisation), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public int countIn(OrganisationId organisation, String text) {
        checkCallerAdministers(organisation);
        return directory.count(text, Set.of(organisation));
    }

    /** Null, meaning all, for the system admin. */
    private Set<OrganisationId> visibleOrganisations() {
        return callerHasRole(Role.SYSTEM_ADMIN) ? null : callerAdministered();
    }

    /**
     * Gives a member exactly these platform roles: the system admin's to do, since SYSTEM_ADMIN opens Cockpit and
     * every organisation. Nobody withdraws their own SYSTEM_ADMIN, so that the network never loses its last operator
     * by a slip of the mouse. ORGANISATION_ADMIN is a membership ({@link #grant}), so it is ignored here.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Member changeRoles(MemberId member, Set<Role> roles) {
        MemberAccount account = account(member);
        Set<Role> before = account.toMember().roles();
        checkRoleChange(before, roles);
        if (before.contains(Role.SYSTEM_ADMIN) && !roles.contains(Role.SYSTEM_ADMIN)
                && caller().map(MemberAccount::id).filter(member::equals).isPresent()) {
            throw DomainException.conflict("member.roles.own-admin", "roles");
        }
        account.changeRoles(roles);
        return accounts.save(account).toMember();
    }

    /**
     * The address of a person about to join, normalised, once it, their name, language and roles pass: who has an
     * account already cannot join again.
     */
    String checkNewcomer(String email, String name, Locale language, Set<Role> roles) {
        String address = EmailAddress.parse(email, "member.email.invalid");
        if (name != null && name.strip().length() > InvitationService.MAX_NAME_LENGTH) {
            throw DomainException.invalid("account.name.too-long", "name", InvitationService.MAX_NAME_LENGTH);
        }
        if (language == null || !Languages.isSupported(language.getLanguage())) {
            throw DomainException.invalid("account.language.unsupported", "language");
        }
        Set<Role> before = findByEmail(address).map(existing -> {
            if (existing.hasAccount()) {
                throw DomainException.conflict("member.already-active", "email", address);
            }
            return existing.roles();
        }).orElse(Set.of(Role.MEMBER));
        checkRoleChange(before, roles);
        return address;
    }

    /** The rules on roles that hold for anyone, including a member being invited (who has only MEMBER so far). */
    void checkRoleChange(Set<Role> before, Set<Role> after) {
        if (after == null || after.isEmpty()) {
            throw DomainException.invalid("member.roles.required", "roles");
        }
        if (before.contains(Role.SYSTEM_ADMIN) != after.contains(Role.SYSTEM_ADMIN)
                && !callerHasRole(Role.SYSTEM_ADMIN)) {
            throw DomainException.forbidden("member.roles.system-admin-only");
        }
    }

    /**
     * The signed-in member, found by the name they signed in with: the security module knows the member id, but
     * it depends on this one, not the other way round.
     */
    Optional<MemberAccount> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            return Optional.empty();
        }
        String login = authentication.getName();
        return accounts.findByUsername(login).or(() -> accounts.findByEmail(normalizeEmail(login)));
    }

    private static Set<OrganisationId> callerAdministered() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .flatMap(authority -> Membership.fromAuthority(authority.getAuthority()).stream())
                .filter(membership -> membership.role() == OrganisationRole.ADMIN).map(Membership::organisation)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static boolean callerHolds(Membership membership) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(membership.authority()));
    }

    private static boolean callerHasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
