package org.accolade.catalog;

import java.util.Locale;

/**
 * An organisation the network's operator creates: its short {@code key} (lower-case letters, digits and hyphens, as
 * in {@code college}), its name, website, contact address, description and language.
 */
public record NewOrganisation(String key, String name, String url, String email, String description,
        Locale language) {
}
