package org.accolade.community;

/**
 * A company, museum or school board that endorses badges through an emailed link, without an account.
 * {@code logoVersion} is a fingerprint of its logo, which changes with it; null when it has none.
 */
public record PartnerOrganisation(PartnerId id, String name, String website, String email, String description,
        String logoVersion) {

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
