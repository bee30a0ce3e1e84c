package org.accolade.catalog;

import java.util.Locale;

/**
 * An organisation's profile as the network's operator creates it and its admins edit it: its short {@code key}
 * (lower-case letters, digits and hyphens, as in {@code college}; it names the organisation in addresses), its name,
 * website, contact address, description and the language of its pages and mails.
 */
public record NewOrganisation(String key, String name, String website, String email, String description,
        Locale language) {

    /** What a key looks like: it starts with a letter or digit, as it opens addresses such as /organisations/… */
    public static final String KEY_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    public static NewOrganisation of(Issuer organisation) {
        return new NewOrganisation(organisation.key(), organisation.name(), organisation.url(),
                organisation.email(), organisation.description(), organisation.language());
    }
}
