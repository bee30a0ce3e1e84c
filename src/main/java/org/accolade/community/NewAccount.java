package org.accolade.community;

import java.util.Locale;
import java.util.Set;

public record NewAccount(String username, String email, String name, String password, Locale language,
        Set<Role> roles) {
}
