package org.accolade.community.internal;

import java.util.UUID;

import org.accolade.community.Membership;
import org.accolade.community.OrganisationRole;
import org.accolade.shared.OrganisationId;
import org.springframework.data.relational.core.mapping.Table;

@Table("membership")
record MembershipRow(UUID organisationId, OrganisationRole role) {

    static MembershipRow of(Membership membership) {
        return new MembershipRow(membership.organisation().value(), membership.role());
    }

    Membership toMembership() {
        return new Membership(new OrganisationId(organisationId), role);
    }
}
