package org.accolade.community;

import java.util.Locale;
import java.util.Set;

/** An account the operator opens at once, with its platform roles and its memberships of organisations. */
public record NewAccount(String username, String email, String name, String password, Locale language,
        Set<Role> roles, Set<Membership> memberships) {
}
