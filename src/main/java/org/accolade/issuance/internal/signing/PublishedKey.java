package org.accolade.issuance.internal.signing;

import java.util.UUID;

/**
 * The public half of a credential key, as its owner's DID document publishes it: a Multikey's
 * {@code publicKeyMultibase} for Ed25519, a {@code publicKeyJwk} (JSON) for ES256.
 */
public record PublishedKey(UUID id, CredentialKeyAlgorithm algorithm, String publicKey) {

    public String fragment() {
        return algorithm.fragment(id);
    }
}
