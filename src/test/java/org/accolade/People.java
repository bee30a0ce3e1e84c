package org.accolade;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.NewAccount;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test people: fresh members, so that tests sharing a database never meet, and acting as one of them. Accounts are
 * opened through the secured service, by an operator, as in the application; tests get them nowhere else.
 */
public final class People {

    public static final String PASSWORD = "password-for-tests";

    /** Who opens the accounts: a system administrator, the only one who may. */
    private static final Authentication OPERATOR = new UsernamePasswordAuthenticationToken("test-operator", null,
            List.of(new SimpleGrantedAuthority("ROLE_" + Role.SYSTEM_ADMIN.name())));

    private final MemberService members;
    private final UserDetailsService users;
    private static final String DEMO_ADMIN = "admin@example.org";
    private static final String DEMO_UNIVERSITY_ADMIN = "ursula@example.org";

    private final Map<String, UserDetails> signedIn = new ConcurrentHashMap<>();
    private final Map<String, OrganisationId> organisations = new ConcurrentHashMap<>();

    public People(MemberService members, UserDetailsService users) {
        this.members = members;
        this.users = users;
    }

    /** A new plain member, writing in English, with an address nobody else has. */
    public Member fresh(String name) {
        return fresh(name, Locale.ENGLISH, Role.MEMBER);
    }

    /** A new member with these roles, with an address nobody else has. */
    public Member fresh(String name, Locale language, Role... roles) {
        String address = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        return account(address, name, language, roles);
    }

    /**
     * The account of {@code email}, opened with the tests' password: a member of the demo collège, whose admin they
     * are with ORGANISATION_ADMIN among {@code roles}.
     */
    public Member account(String email, String name, Locale language, Role... roles) {
        Set<Membership> memberships = new HashSet<>(Set.of(Membership.member(college())));
        if (Set.of(roles).contains(Role.ORGANISATION_ADMIN)) {
            memberships.add(Membership.admin(college()));
        }
        return account(email, name, language, Set.of(roles), memberships);
    }

    /** A new member with exactly these memberships, with an address nobody else has. */
    public Member freshIn(String name, Membership... memberships) {
        String address = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        return account(address, name, Locale.ENGLISH, Set.of(Role.MEMBER), Set.of(memberships));
    }

    private Member account(String email, String name, Locale language, Set<Role> roles,
            Set<Membership> memberships) {
        return signedIn(OPERATOR, () -> members.createAccount(new NewAccount(null, email, name, PASSWORD, language,
                roles, memberships)));
    }

    /** The demo network's collège (DESIGN section 9), which the demo admin runs. */
    public OrganisationId college() {
        return administeredBy(DEMO_ADMIN);
    }

    /** The demo network's université, which ursula runs. */
    public OrganisationId university() {
        return administeredBy(DEMO_UNIVERSITY_ADMIN);
    }

    private OrganisationId administeredBy(String email) {
        return organisations.computeIfAbsent(email, admin -> members.findByEmail(admin).map(Member::id)
                .map(members::memberships).orElseThrow().stream()
                .filter(membership -> membership.role() == OrganisationRole.ADMIN).findFirst().orElseThrow()
                .organisation());
    }

    /** Acts as a signed-in person: loaded once, like a session, not on every call. */
    public <T> T as(String login, Supplier<T> action) {
        UserDetails user = signedIn.computeIfAbsent(login, users::loadUserByUsername);
        return signedIn(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()), action);
    }

    public void as(String login, Runnable action) {
        as(login, () -> {
            action.run();
            return null;
        });
    }

    private static <T> T signedIn(Authentication authentication, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
