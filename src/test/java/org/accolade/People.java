package org.accolade;

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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Test people: fresh members, so that tests sharing a database never meet, and acting as one of them. */
public final class People {

    public static final String PASSWORD = "password-for-tests";

    private final MemberService members;
    private final UserDetailsService users;
    private final Map<String, UserDetails> signedIn = new ConcurrentHashMap<>();

    public People(MemberService members, UserDetailsService users) {
        this.members = members;
        this.users = users;
    }

    public Member fresh(String name) {
        String address = name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        return members.createAccount(new NewAccount(null, address, name, PASSWORD, Locale.ENGLISH,
                Set.of(Role.MEMBER)));
    }

    /** Acts as a signed-in person: loaded once, like a session, not on every call. */
    public <T> T as(String login, Supplier<T> action) {
        UserDetails user = signedIn.computeIfAbsent(login, users::loadUserByUsername);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String login, Runnable action) {
        as(login, () -> {
            action.run();
            return null;
        });
    }
}
