package org.accolade.catalog;

/**
 * The issuer profile: who stands behind the badges. {@code logoVersion} is a fingerprint of its logo, which changes
 * with it; null when it has none.
 */
public record Issuer(IssuerId id, String name, String url, String email, String description, String logoVersion) {

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
