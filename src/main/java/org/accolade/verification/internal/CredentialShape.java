package org.accolade.verification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accolade.shared.credentials.OpenBadgesSchemas;
import org.accolade.shared.credentials.OpenBadgesSchemas.Kind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an Open Badges 3.0 credential must be before its proof is worth checking: a verifiable credential of an Open
 * Badges type, valid against the official schema of that type, with dates that can be read.
 */
final class CredentialShape {

    private static final List<String> VC_CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/2018/credentials/v1");
    private static final String VERIFIABLE_CREDENTIAL = "VerifiableCredential";
    /** Enough to fix the first problems; the rest often follow from them. */
    private static final int SCHEMA_ERRORS_SHOWN = 3;

    private CredentialShape() {
    }

    /** A verifiable credential by its context or its type: how an Open Badges 3.0 badge is told from a 2.0 one. */
    static boolean isVerifiableCredential(JsonNode node) {
        return Json.texts(node.path("@context")).stream().anyMatch(VC_CONTEXTS::contains)
                || Json.texts(node.path("type")).contains(VERIFIABLE_CREDENTIAL);
    }

    /** Which Open Badges credential this is, by its type; empty for any other credential. */
    static Optional<Kind> kind(JsonNode credential) {
        List<String> types = Json.texts(credential.path("type"));
        if (!types.contains(VERIFIABLE_CREDENTIAL)) {
            return Optional.empty();
        }
        if (types.contains("OpenBadgeCredential") || types.contains("AchievementCredential")) {
            return Optional.of(Kind.ACHIEVEMENT_CREDENTIAL);
        }
        return types.contains("EndorsementCredential") ? Optional.of(Kind.ENDORSEMENT_CREDENTIAL) : Optional.empty();
    }

    /** The validity period of a well-formed Open Badges credential; refused with the first thing wrong otherwise. */
    static Validity requireWellFormed(JsonNode credential, Locale locale) throws Refusal {
        Kind kind = kind(credential).orElseThrow(() -> new Refusal("verification.well-formed.not-open-badge",
                String.join(", ", Json.texts(credential.path("type")))));
        List<String> errors = OpenBadgesSchemas.problems(credential, kind, locale);
        if (!errors.isEmpty()) {
            throw new Refusal("verification.well-formed.schema", errors.size(),
                    String.join(" ; ", errors.subList(0, Math.min(SCHEMA_ERRORS_SHOWN, errors.size()))));
        }
        if (Json.idOf(credential.path("issuer")).isEmpty()) {
            throw new Refusal("verification.well-formed.credential-missing", "issuer.id");
        }
        return validity(credential)
                .orElseThrow(() -> new Refusal("verification.well-formed.credential-missing", "validFrom"));
    }

    /** Empty when {@code validFrom} is missing or either date cannot be read. */
    private static Optional<Validity> validity(JsonNode credential) {
        Optional<Instant> from = Optional.ofNullable(Json.text(credential, "validFrom"))
                .flatMap(IsoDates::parse);
        String until = Json.text(credential, "validUntil");
        Optional<Instant> end = Optional.ofNullable(until).flatMap(IsoDates::parse);
        if (from.isEmpty() || (until != null && end.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Validity(from.get(), end));
    }

    static String issuerId(JsonNode credential) {
        return Json.idOf(credential.path("issuer")).orElseThrow();
    }
}
