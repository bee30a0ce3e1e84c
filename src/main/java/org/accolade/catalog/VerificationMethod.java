package org.accolade.catalog;

/**
 * How the assertions of a badge class are verified (Open Badges 2.0): {@code HOSTED}, by fetching the assertion
 * from this server's URL; {@code SIGNED}, by checking the RS256 signature made with the issuer's key.
 */
public enum VerificationMethod {
    HOSTED, SIGNED
}
