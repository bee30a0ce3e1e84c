package org.accolade.community;

import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.OrganisationId;

/**
 * A person as an admin sees them in the members list: their account, and their memberships in the organisations
 * that admin manages (all of them for the system admin), never those in the others.
 */
public record OrganisationMember(Member member, Set<Membership> memberships) {

    public OrganisationMember {
        memberships = Set.copyOf(memberships);
    }

    /** The person's roles in this organisation; empty when they have none (yet). */
    public Set<OrganisationRole> rolesIn(OrganisationId organisation) {
        return memberships.stream().filter(membership -> membership.organisation().equals(organisation))
                .map(Membership::role).collect(Collectors.toUnmodifiableSet());
    }
}
