package org.accolade.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;

/**
 * A compact JWS as handed in, its header and payload decoded without trusting either: the algorithm is read here so
 * that {@code none} or any algorithm but RS256 is refused by name, before any key is fetched.
 */
final class SignedAssertion {

    /** The only algorithm Open Badges 2.0 signed assertions use. */
    static final String ALGORITHM = "RS256";

    private final String jws;
    private final JsonNode header;
    private final String payload;

    private SignedAssertion(String jws, JsonNode header, String payload) {
        this.jws = jws;
        this.header = header;
        this.payload = payload;
    }

    /** Empty when {@code jws} is not three base64url parts with a JSON object as header. */
    static Optional<SignedAssertion> parse(String jws) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        Optional<String> header = decode(parts[0]);
        Optional<String> payload = decode(parts[1]);
        if (header.isEmpty() || payload.isEmpty()) {
            return Optional.empty();
        }
        return Json.object(header.get()).map(json -> new SignedAssertion(jws, json, payload.get()));
    }

    String algorithm() {
        return Json.text(header, "alg");
    }

    Optional<JsonNode> payload() {
        return Json.object(payload);
    }

    /** Whether the signature is valid for the RSA public key in {@code publicKeyPem}; false for any unusable key. */
    boolean isSignedBy(String publicKeyPem) {
        Optional<RSAPublicKey> key = rsaKey(publicKeyPem);
        if (key.isEmpty()) {
            return false;
        }
        try {
            return JWSObject.parse(jws).verify(new RSASSAVerifier(key.get()));
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<RSAPublicKey> rsaKey(String pem) {
        if (pem == null) {
            return Optional.empty();
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            PublicKey key = KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return key instanceof RSAPublicKey rsa ? Optional.of(rsa) : Optional.empty();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> decode(String part) {
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
