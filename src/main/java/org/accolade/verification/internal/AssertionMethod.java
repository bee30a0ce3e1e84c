package org.accolade.verification.internal;

import java.security.PublicKey;
import java.text.ParseException;

import org.accolade.shared.credentials.CredentialException;
import org.accolade.shared.credentials.Ed25519;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/** A verification method as its DID document lists it: its id, the DID it belongs to, and its key material. */
record AssertionMethod(String id, String did, JsonNode entry) {

    /** This method, when it is one of {@code issuerId}'s own: a key of another DID does not speak for the issuer. */
    AssertionMethod requireBelongsTo(String issuerId) throws Refusal {
        if (!did.equals(issuerId)) {
            throw new Refusal("verification.issuer.foreign-key", id, issuerId);
        }
        return this;
    }

    /** The Ed25519 key of a Multikey entry ({@code publicKeyMultibase}), what Data Integrity proofs are made with. */
    PublicKey ed25519() throws Refusal {
        try {
            return Ed25519.fromMultikey(Json.text(entry, "publicKeyMultibase"));
        } catch (CredentialException e) {
            throw new Refusal("verification.key.not-ed25519", id);
        }
    }

    /** The EC or RSA key of a JsonWebKey entry ({@code publicKeyJwk}), what a VC-JWT is signed with. */
    PublicKey jwk() throws Refusal {
        JsonNode jwk = entry.path("publicKeyJwk");
        try {
            JWK key = JWK.parse(jwk.isObject() ? jwk.toString() : "");
            // A document that publishes a private key has lost it: nothing it signs can be trusted.
            if (key.isPrivate()) {
                throw new Refusal("verification.key.private", id);
            }
            if (key instanceof ECKey ec) {
                return ec.toECPublicKey();
            }
            if (key instanceof RSAKey rsa) {
                return rsa.toRSAPublicKey();
            }
        } catch (ParseException | JOSEException e) {
            throw new Refusal("verification.key.no-jwk", id);
        }
        throw new Refusal("verification.key.no-jwk", id);
    }
}
