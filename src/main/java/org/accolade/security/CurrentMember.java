package org.accolade.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.community.MemberId;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;
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

    /** The organisations the caller holds this role in: none for someone not signed in. */
    public Set<OrganisationId> organisations(OrganisationRole role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .flatMap(authority -> Membership.fromAuthority(authority.getAuthority()).stream())
                .filter(membership -> membership.role() == role).map(Membership::organisation)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The organisations whose objects the caller may see and change as an admin. */
    public Set<OrganisationId> administered() {
        return organisations(OrganisationRole.ADMIN);
    }

    public boolean administers(OrganisationId organisation) {
        return administered().contains(organisation);
    }

    /**
     * Refuses an object of an organisation the caller does not administer as if it did not exist (ADR 17), so that
     * nobody learns what another organisation holds: {@code unknown} is the code of that object's 404.
     */
    public void checkAdministers(OrganisationId organisation, String unknown, Object id) {
        if (!administers(organisation)) {
            throw DomainException.notFound(unknown, null, id);
        }
    }

    public boolean hasRole(Role role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
