package org.accolade.security.internal;

import java.util.stream.Stream;

import org.accolade.community.LoginAccount;
import org.accolade.community.Membership;
import org.accolade.community.MemberService;
import org.accolade.security.AccoladeUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** People sign in with their username or their email address. */
@Service
class MemberUserDetailsService implements UserDetailsService {

    private final MemberService members;

    MemberUserDetailsService(MemberService members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        LoginAccount account = members.findLogin(login)
                .orElseThrow(() -> new UsernameNotFoundException("No account for " + login));
        var authorities = Stream.concat(account.roles().stream().map(role -> "ROLE_" + role.name()),
                account.memberships().stream().map(Membership::authority)).map(SimpleGrantedAuthority::new).toList();
        return new AccoladeUser(account.id(), account.login(), account.passwordHash(), authorities);
    }
}
