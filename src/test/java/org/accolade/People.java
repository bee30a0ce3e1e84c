package org.accolade;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.NewAccount;
import org.accolade.community.Role;
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
    private final Map<String, UserDetails> signedIn = new ConcurrentHashMap<>();

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

    /** The account of {@code email}, opened with the tests' password. */
    public Member account(String email, String name, Locale language, Role... roles) {
        return signedIn(OPERATOR, () -> members.createAccount(new NewAccount(null, email, name, PASSWORD, language,
                Set.of(roles))));
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
