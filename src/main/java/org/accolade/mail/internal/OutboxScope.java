package org.accolade.mail.internal;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose mail a caller may read in the outbox (ADR 17): an organisation admin their organisations' mail, the system
 * admin the platform's own (about no organisation), someone who is both, both. Mail cannot depend on community, so
 * the authorities are read here as {@code Membership.authority()} writes them.
 *
 * @param organisations the organisations the caller administers
 * @param platform      whether the caller runs the platform
 */
public record OutboxScope(Set<UUID> organisations, boolean platform) {

    private static final String ORGANISATION_ADMIN = "ORGANISATION_ADMIN:";
    private static final String SYSTEM_ADMIN = "ROLE_SYSTEM_ADMIN";

    public OutboxScope {
        organisations = Set.copyOf(organisations);
    }

    public static OutboxScope ofCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return new OutboxScope(authorities.stream().filter(authority -> authority.startsWith(ORGANISATION_ADMIN))
                .map(authority -> UUID.fromString(authority.substring(ORGANISATION_ADMIN.length())))
                .collect(Collectors.toSet()), authorities.contains(SYSTEM_ADMIN));
    }

    /** Whether a message about this organisation (null: the platform's) is the caller's to see. */
    public boolean covers(UUID organisation) {
        return organisation == null ? platform : organisations.contains(organisation);
    }

    /** The same rule as an SQL condition on {@code organisation_id}, its parameter named {@code organisations}. */
    String condition() {
        String ours = organisations.isEmpty() ? "1 = 0" : "organisation_id in (:organisations)";
        return platform ? "(" + ours + " or organisation_id is null)" : "(" + ours + ")";
    }
}
