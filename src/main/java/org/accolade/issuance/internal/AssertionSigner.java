package org.accolade.issuance.internal;

import org.accolade.issuance.internal.signing.SigningKey;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;

/**
 * Signs an assertion as Open Badges 2.0 asks: a compact JWS, RS256, whose payload is the assertion's JSON.
 * RSASSA-PKCS1-v1_5 is deterministic, so the same assertion and key always give the same signature.
 */
@Component
class AssertionSigner {

    String sign(String assertionJson, SigningKey key) {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload(assertionJson));
        try {
            jws.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with key " + key.id(), e);
        }
        return jws.serialize();
    }
}
