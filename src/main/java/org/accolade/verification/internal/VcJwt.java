package org.accolade.verification.internal;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An Open Badges 3.0 credential as VC-JWT (OB 3.0 section 8.2): a compact JWS whose payload is the credential itself,
 * with the registered claims beside its members (or, as issuers following VC 1.1 wrote it, the credential under
 * {@code vc}), signed ES256 or RS256 by the key its header names.
 */
final class VcJwt {

    private final CompactJws jws;
    private final JsonNode claims;
    private final JsonNode credential;

    private VcJwt(CompactJws jws, JsonNode claims, JsonNode credential) {
        this.jws = jws;
        this.claims = claims;
        this.credential = credential;
    }

    /** Empty unless {@code text} is a compact JWS whose payload is a verifiable credential. */
    static Optional<VcJwt> parse(String text) {
        Optional<CompactJws> jws = CompactJws.parse(text.strip());
        Optional<JsonNode> claims = jws.flatMap(CompactJws::payload);
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        JsonNode wrapped = claims.get().path("vc");
        JsonNode credential = wrapped.isObject() ? wrapped : claims.get();
        return CredentialShape.isVerifiableCredential(credential)
                ? Optional.of(new VcJwt(jws.get(), claims.get(), credential)) : Optional.empty();
    }

    JsonNode credential() {
        return credential;
    }

    String algorithm() {
        return String.valueOf(jws.algorithm());
    }

    /** The {@code nbf} and {@code exp} claims narrow the credential's own validity period, never widen it. */
    Validity narrow(Validity validity) {
        return validity.narrowedTo(numericDate("nbf"), numericDate("exp"));
    }

    /**
     * The assertion method whose key signed this JWT, issued ({@code iss}) by the credential's issuer. Only ES256 and
     * RS256, the algorithms Open Badges 3.0 names, are accepted: {@code none} and the HMAC family (a shared secret,
     * which anyone holding the public key could claim) are refused by name, before any key is fetched.
     */
    AssertionMethod verify(AssertionMethods methods) throws Refusal {
        String algorithm = algorithm();
        if (!algorithm.equals("ES256") && !algorithm.equals("RS256")) {
            throw new Refusal("verification.signature.jwt-algorithm", algorithm);
        }
        String kid = jws.keyId();
        if (kid == null) {
            throw new Refusal("verification.signature.jwt-no-kid");
        }
        AssertionMethod method = methods.resolve(kid);
        PublicKey key = method.jwk();
        if (!(algorithm.equals("ES256") ? key instanceof ECPublicKey : key instanceof RSAPublicKey)) {
            throw new Refusal("verification.signature.jwt-key-type", kid, algorithm);
        }
        if (!jws.isSignedBy(key)) {
            throw new Refusal("verification.signature.mismatch", kid);
        }
        String issuerId = CredentialShape.issuerId(credential);
        if (!issuerId.equals(Json.text(claims, "iss"))) {
            throw new Refusal("verification.signature.jwt-iss", String.valueOf(Json.text(claims, "iss")), issuerId);
        }
        return method;
    }

    private Optional<Instant> numericDate(String claim) {
        JsonNode value = claims.path(claim);
        if (!value.isNumber() || !value.canConvertToLong()) {
            return Optional.empty();
        }
        long seconds = Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(), value.asLong()));
        return Optional.of(Instant.ofEpochSecond(seconds));
    }
}
