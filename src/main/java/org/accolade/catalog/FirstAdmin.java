package org.accolade.catalog;

import java.util.Locale;

/**
 * Who runs a new organisation: invited by email, or made its admin at once when they already have an account in the
 * network. {@code name} may be blank; {@code language} is that of the invitation.
 */
public record FirstAdmin(String email, String name, Locale language) {
}
