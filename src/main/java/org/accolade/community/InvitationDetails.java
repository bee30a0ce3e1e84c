package org.accolade.community;

import java.time.Instant;
import java.util.Set;

/**
 * What an invitation link shows before the account is created: who sent it ({@code invitedBy}, null when Accolade
 * did, for a nomination), the roles the account will have and the organisation it joins ({@code membership}, null
 * for none).
 */
public record InvitationDetails(String email, String name, Instant expiresAt, String invitedBy, Set<Role> roles,
        Membership membership) {
}
