package org.accolade.verification.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;

/**
 * A compact JWS as handed in (an Open Badges 2.0 signed assertion or a 3.0 VC-JWT), its header and payload decoded
 * without trusting either: the algorithm is read here so that {@code none} or any algorithm the standard does not
 * use is refused by name, before any key is fetched.
 */
final class CompactJws {

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private final String jws;
    private final JsonNode header;
    private final String payload;

    private CompactJws(String jws, JsonNode header, String payload) {
        this.jws = jws;
        this.header = header;
        this.payload = payload;
    }

    /**
     * Empty when {@code jws} is not three base64url parts with a JSON object as header. Characters outside the
     * base64url alphabet are refused here, though the JOSE library would skip them: a signature is accepted in one
     * spelling only.
     */
    static Optional<CompactJws> parse(String jws) {
        String[] parts = jws.split("\\.", -1);
        if (parts.length != 3 || !Arrays.stream(parts).allMatch(part -> BASE64URL.matcher(part).matches())) {
            return Optional.empty();
        }
        Optional<String> header = decode(parts[0]);
        Optional<String> payload = decode(parts[1]);
        if (header.isEmpty() || payload.isEmpty()) {
            return Optional.empty();
        }
        return Json.object(header.get()).map(json -> new CompactJws(jws, json, payload.get()));
    }

    String algorithm() {
        return Json.text(header, "alg");
    }

    /** The key id of the header, null when there is none. */
    String keyId() {
        return Json.text(header, "kid");
    }

    Optional<JsonNode> payload() {
        return Json.object(payload);
    }

    /**
     * Whether the signature is valid for {@code key} (RSA or EC) under the header's algorithm; false for a key that
     * does not fit that algorithm or is unusable.
     */
    boolean isSignedBy(PublicKey key) {
        try {
            JWSVerifier verifier;
            if (key instanceof RSAPublicKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else if (key instanceof ECPublicKey ec) {
                verifier = new ECDSAVerifier(ec);
            } else {
                return false;
            }
            return JWSObject.parse(jws).verify(verifier);
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return false;
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
