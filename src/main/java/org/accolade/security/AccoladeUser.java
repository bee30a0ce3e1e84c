package org.accolade.security;

import java.util.Collection;

import org.accolade.community.MemberId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated person: Spring's user plus the member id that tasks and nominations refer to. */
public class AccoladeUser extends User {

    private final MemberId memberId;

    public AccoladeUser(MemberId memberId, String login, String passwordHash,
            Collection<? extends GrantedAuthority> authorities) {
        super(login, passwordHash, authorities);
        this.memberId = memberId;
    }

    public MemberId memberId() {
        return memberId;
    }
}
