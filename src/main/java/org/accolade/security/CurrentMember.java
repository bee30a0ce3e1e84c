package org.accolade.security;

import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.community.MemberId;
import org.accolade.community.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: services ask this rather than reading the security context themselves. */
@Component
public class CurrentMember {

    public Optional<MemberId> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccoladeUser user
                ? Optional.of(user.memberId()) : Optional.empty();
    }

    public MemberId id() {
        return find().orElseThrow(() -> DomainException.forbidden("access.not-signed-in"));
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
