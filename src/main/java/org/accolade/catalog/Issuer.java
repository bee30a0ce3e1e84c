package org.accolade.catalog;

/** The issuer profile: who stands behind the badges. */
public record Issuer(IssuerId id, String name, String url, String email, String description) {
}
