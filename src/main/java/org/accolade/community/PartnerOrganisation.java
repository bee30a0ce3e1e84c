package org.accolade.community;

import java.util.Locale;

/**
 * A company, museum or school board that endorses badges through an emailed link, without an account.
 * {@code logoVersion} is a fingerprint of its logo, which changes with it; null when it has none. Its emails are
 * written in {@code language}.
 */
public record PartnerOrganisation(PartnerId id, String name, String website, String email, String description,
        String logoVersion, Locale language) {

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
