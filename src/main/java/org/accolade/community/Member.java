package org.accolade.community;

import java.util.Locale;
import java.util.Set;

public record Member(MemberId id, String username, String email, String name, Locale language, MemberStatus status,
        Set<Role> roles) {

    public boolean hasAccount() {
        return status == MemberStatus.ACTIVE;
    }

    /** The name to show to others: the chosen name, else the address. */
    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }
}
