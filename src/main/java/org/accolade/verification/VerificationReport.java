package org.accolade.verification;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the verifier found: {@code verified} only when every check it made passed. Checks appear in the order they
 * were made; a check that could not be made (because an earlier one failed) is absent, not passed.
 */
public record VerificationReport(boolean verified, boolean revoked, boolean expired, List<Check> checks,
        @JsonInclude(JsonInclude.Include.ALWAYS) BadgeSummary badge,
        @JsonInclude(JsonInclude.Include.ALWAYS) IssuerSummary issuer,
        @JsonInclude(JsonInclude.Include.ALWAYS) Boolean recipientMatches) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    /** One check, named as in the API ({@code found}, {@code well-formed}, ...), with a message for people. */
    public record Check(String name, boolean passed, String message) {
    }

    public record BadgeSummary(String name, String description, String image, String criteria) {
    }

    /** {@code image} is the address of the issuer's logo as its profile names it; null without one. */
    public record IssuerSummary(String id, String name, String url, String image) {
    }

    /** The first check that failed: the reason a badge is not verified. */
    public Optional<Check> firstFailure() {
        return checks.stream().filter(check -> !check.passed()).findFirst();
    }
}
