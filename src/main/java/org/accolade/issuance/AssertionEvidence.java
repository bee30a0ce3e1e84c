package org.accolade.issuance;

/** One piece of evidence named in an assertion; {@code url} and {@code description} may be null. */
public record AssertionEvidence(String name, String url, String description) {
}
