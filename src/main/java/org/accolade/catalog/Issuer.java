package org.accolade.catalog;

import java.util.Locale;

import org.accolade.shared.OrganisationId;
/**
 * An organisation of the network as the issuer of its badges (ADR 17): who stands behind them. {@code key} names it
 * in addresses and filters ({@code college}); {@code email} is its contact address; {@code language} the one its
 * pages and mails default to. {@code logoVersion} is a fingerprint of its logo, which changes with it; null when it
 * has none.
 */
public record Issuer(OrganisationId id, String key, String name, String url, String email, String description,
        Locale language, String logoVersion) {

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
