package org.accolade.community;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.accolade.shared.OrganisationId;

/**
 * A role of a person in one organisation. A signed-in person carries theirs as authorities (see
 * {@link #authority()}), so that a service knows which organisations its caller acts in without reading them again.
 */
public record Membership(OrganisationId organisation, OrganisationRole role) {

    private static final String PREFIX = "ORGANISATION_";

    public Membership {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
    }

    public static Membership admin(OrganisationId organisation) {
        return new Membership(organisation, OrganisationRole.ADMIN);
    }

    public static Membership juror(OrganisationId organisation) {
        return new Membership(organisation, OrganisationRole.JUROR);
    }

    public static Membership member(OrganisationId organisation) {
        return new Membership(organisation, OrganisationRole.MEMBER);
    }

    /** The authority that says it, such as {@code ORGANISATION_ADMIN:<id>}: never a role ({@code ROLE_}). */
    public String authority() {
        return PREFIX + role.name() + ":" + organisation;
    }

    /** The membership an authority says, if it says one. */
    public static Optional<Membership> fromAuthority(String authority) {
        int colon = authority.indexOf(':');
        if (!authority.startsWith(PREFIX) || colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Membership(new OrganisationId(UUID.fromString(authority.substring(colon + 1))),
                    OrganisationRole.valueOf(authority.substring(PREFIX.length(), colon))));
        } catch (IllegalArgumentException notOne) {
            return Optional.empty();
        }
    }
}
