package org.accolade.community;

import java.util.Set;

/** What the security module needs to authenticate a person: never leaves the server. */
public record LoginAccount(MemberId id, String login, String passwordHash, Set<Role> roles,
        Set<Membership> memberships) {
}
