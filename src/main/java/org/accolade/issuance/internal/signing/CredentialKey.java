package org.accolade.issuance.internal.signing;

import java.security.PrivateKey;
import java.util.UUID;

/** A credential key, decrypted: what signs, and the fragment naming it in its owner's DID document. */
public record CredentialKey(UUID id, CredentialKeyAlgorithm algorithm, PrivateKey privateKey) {

    public String fragment() {
        return algorithm.fragment(id);
    }
}
