package org.accolade.verification.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The properties an Open Badges 2.0 assertion must have, with their types: enough for every later check to read
 * what it needs without guarding again.
 */
final class AssertionShape {

    static final Set<String> HOSTED = Set.of("hosted", "HostedBadge");
    static final Set<String> SIGNED = Set.of("signed", "SignedBadge");
    private static final String MISSING = "verification.well-formed.missing";

    private AssertionShape() {
    }

    /** The first thing wrong with {@code assertion}, empty when it is well-formed. */
    static Optional<Message> problem(JsonNode assertion) {
        if (!isIri(assertion.path("id"))) {
            return missing("id");
        }
        if (!isAssertionType(assertion.path("type"))) {
            return missing("type");
        }
        Optional<Message> recipient = recipientProblem(assertion.path("recipient"));
        if (recipient.isPresent()) {
            return recipient;
        }
        if (Json.idOf(assertion.path("badge")).isEmpty()) {
            return missing("badge");
        }
        Optional<Message> verification = verificationProblem(assertion.path("verification"));
        if (verification.isPresent()) {
            return verification;
        }
        if (!isDate(assertion.path("issuedOn"))) {
            return missing("issuedOn");
        }
        if (!assertion.path("expires").isMissingNode() && !isDate(assertion.path("expires"))) {
            return missing("expires");
        }
        return Optional.empty();
    }

    static boolean isSigned(JsonNode assertion) {
        return SIGNED.contains(assertion.path("verification").path("type").asText());
    }

    private static Optional<Message> recipientProblem(JsonNode recipient) {
        if (!recipient.isObject()) {
            return missing("recipient");
        }
        if (!"email".equals(recipient.path("type").asText())) {
            return Optional.of(new Message("verification.well-formed.recipient-type",
                    recipient.path("type").asText("")));
        }
        if (!recipient.path("hashed").isBoolean()) {
            return missing("recipient.hashed");
        }
        if (!recipient.path("identity").isTextual()) {
            return missing("recipient.identity");
        }
        JsonNode salt = recipient.path("salt");
        if (!(salt.isMissingNode() || salt.isNull() || salt.isTextual())) {
            return missing("recipient.salt");
        }
        return Optional.empty();
    }

    private static Optional<Message> verificationProblem(JsonNode verification) {
        String type = verification.path("type").asText("");
        if (!HOSTED.contains(type) && !SIGNED.contains(type)) {
            return missing("verification.type");
        }
        if (SIGNED.contains(type) && !isIri(verification.path("creator"))) {
            return missing("verification.creator");
        }
        return Optional.empty();
    }

    private static boolean isAssertionType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if ("Assertion".equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "Assertion".equals(type.asText());
    }

    private static boolean isIri(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        try {
            return new URI(node.asText()).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(JsonNode node) {
        return node.isTextual() && IsoDates.parse(node.asText()).isPresent();
    }

    private static Optional<Message> missing(String property) {
        return Optional.of(new Message(MISSING, property));
    }
}
