package org.accolade.verification.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.shared.credentials.CredentialException;
import org.accolade.shared.credentials.DataIntegrityProof;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Data Integrity proof of a credential (the credential itself, a status list, an endorsement), checked as Open
 * Badges 3.0 asks: a {@code DataIntegrityProof} of cryptosuite {@code eddsa-rdfc-2022} for {@code assertionMethod},
 * made by the Ed25519 key of an assertion method of its DID over exactly this document. Whose DID that must be is
 * the caller's to check.
 */
final class ProofCheck {

    /** Titanium names the term it could not expand between brackets. */
    private static final Pattern TERM = Pattern.compile("\\[(?:term=)?([^\\]]{1,100})\\]");

    private final AssertionMethods methods;

    ProofCheck(AssertionMethods methods) {
        this.methods = methods;
    }

    /** The method that made the proof of {@code credential}; refused with the reason otherwise. */
    AssertionMethod verify(JsonNode credential) throws Refusal {
        JsonNode proof = proofOf(credential);
        String methodId = Json.text(proof, "verificationMethod");
        if (methodId == null) {
            throw new Refusal("verification.signature.no-method");
        }
        AssertionMethod method = methods.resolve(methodId);
        if (!matches(credential, proof, method)) {
            throw new Refusal("verification.signature.proof-mismatch", methodId);
        }
        return method;
    }

    /**
     * The first proof of a kind this verifier checks, or the reason there is none: another proof type or cryptosuite
     * is unsupported, not false, and says so.
     */
    private static JsonNode proofOf(JsonNode credential) throws Refusal {
        List<JsonNode> proofs = Json.all(credential.path("proof")).stream().filter(JsonNode::isObject).toList();
        if (proofs.isEmpty()) {
            throw new Refusal("verification.signature.no-proof");
        }
        Optional<JsonNode> supported = proofs.stream()
                .filter(proof -> DataIntegrityProof.TYPE.equals(Json.text(proof, "type")))
                .filter(proof -> DataIntegrityProof.CRYPTOSUITE.equals(Json.text(proof, "cryptosuite"))).findFirst();
        if (supported.isEmpty()) {
            JsonNode first = proofs.get(0);
            String type = String.valueOf(Json.text(first, "type"));
            throw DataIntegrityProof.TYPE.equals(type)
                    ? new Refusal("verification.signature.cryptosuite", String.valueOf(Json.text(first, "cryptosuite")))
                    : new Refusal("verification.signature.proof-type", type);
        }
        String purpose = Json.text(supported.get(), "proofPurpose");
        if (!DataIntegrityProof.ASSERTION_METHOD.equals(purpose)) {
            throw new Refusal("verification.signature.purpose", String.valueOf(purpose));
        }
        return supported.get();
    }

    private static boolean matches(JsonNode credential, JsonNode proof, AssertionMethod method) throws Refusal {
        try {
            return DataIntegrityProof.verify(credential, proof, method.ed25519());
        } catch (CredentialException e) {
            throw refusal(e);
        }
    }

    /** Canonicalisation refuses what a signature over it could not cover; each reason in words. */
    private static Refusal refusal(CredentialException e) {
        return switch (e.reason()) {
            case UNKNOWN_CONTEXT -> new Refusal("verification.signature.unknown-context");
            case UNDEFINED_TERM -> new Refusal("verification.signature.undefined-term", term(e.getMessage()));
            case MALFORMED_PROOF -> new Refusal("verification.signature.malformed-proof");
            default -> new Refusal("verification.signature.not-json-ld");
        };
    }

    private static String term(String message) {
        Matcher term = TERM.matcher(message == null ? "" : message);
        return term.find() ? term.group(1) : "?";
    }
}
