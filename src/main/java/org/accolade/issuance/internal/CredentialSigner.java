package org.accolade.issuance.internal;

import java.time.Clock;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.UUID;

import org.accolade.issuance.internal.signing.CredentialKey;
import org.accolade.issuance.internal.signing.CredentialKeyAlgorithm;
import org.accolade.issuance.internal.signing.CredentialKeys;
import org.accolade.shared.credentials.CredentialException;
import org.accolade.shared.credentials.DataIntegrityProof;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;

/**
 * Secures Open Badges 3.0 credentials with the owner's current keys: a Data Integrity proof ({@code eddsa-rdfc-2022})
 * and, for awards, the same credential as a VC-JWT (ES256), whose payload is the credential itself with the
 * registered claims OB 3.0 §8.2 asks for.
 */
@Component
class CredentialSigner {

    private final CredentialKeys keys;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    CredentialSigner(CredentialKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The credential with its proof by {@code owner}, whose DID is {@code did}. */
    ObjectNode withProof(ObjectNode credential, UUID owner, String did) {
        CredentialKey key = keys.current(owner, CredentialKeyAlgorithm.ED25519);
        try {
            return DataIntegrityProof.sign(credential, key.privateKey(), did + "#" + key.fragment(), clock.instant());
        } catch (CredentialException e) {
            // Accolade builds these documents from its own contexts: failing to canonicalise one is a defect.
            throw new IllegalStateException("Cannot sign credential " + credential.path("id").asText(), e);
        }
    }

    /** The unsigned credential as a compact VC-JWT. */
    String asJwt(ObjectNode credential, UUID owner, String did) {
        CredentialKey key = keys.current(owner, CredentialKeyAlgorithm.ES256);
        ObjectNode claims = credential.deepCopy();
        claims.put("iss", did);
        claims.put("jti", credential.path("id").asText());
        claims.put("nbf", epochSeconds(credential.path("validFrom")));
        if (credential.hasNonNull("validUntil")) {
            claims.put("exp", epochSeconds(credential.path("validUntil")));
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
                .keyID(did + "#" + key.fragment()).build();
        try {
            JWSObject jws = new JWSObject(header, new Payload(json.writeValueAsString(claims)));
            jws.sign(new ECDSASigner((ECPrivateKey) key.privateKey()));
            return jws.serialize();
        } catch (JOSEException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot sign the VC-JWT of " + credential.path("id").asText(), e);
        }
    }

    private static long epochSeconds(JsonNode date) {
        return Instant.parse(date.asText()).getEpochSecond();
    }
}
