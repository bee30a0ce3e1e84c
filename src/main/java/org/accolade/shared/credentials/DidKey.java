package org.accolade.shared.credentials;

import java.security.PublicKey;

/**
 * did:key identifiers of Ed25519 keys: the DID is {@code did:key:} + the key's Multikey, and its one verification
 * method is that DID with the Multikey again as fragment. The key is in the identifier: nothing is fetched.
 */
public final class DidKey {

    public static final String PREFIX = "did:key:";

    private DidKey() {
    }

    public static String of(PublicKey key) {
        return PREFIX + Ed25519.multikey(key);
    }

    /** {@code did:key:z6Mk…#z6Mk…}, the verification method a proof names. */
    public static String verificationMethod(PublicKey key) {
        String multikey = Ed25519.multikey(key);
        return PREFIX + multikey + "#" + multikey;
    }

    /**
     * The Ed25519 key a did:key or its verification method names. Refused (BAD_KEY) when it is no did:key, when the
     * key is not an Ed25519 Multikey, or when the fragment names another key than the DID's own.
     */
    public static PublicKey publicKey(String didOrMethod) throws CredentialException {
        if (didOrMethod == null || !didOrMethod.startsWith(PREFIX)) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY, "not a did:key");
        }
        String rest = didOrMethod.substring(PREFIX.length());
        int hash = rest.indexOf('#');
        String multikey = hash < 0 ? rest : rest.substring(0, hash);
        if (hash >= 0 && !rest.substring(hash + 1).equals(multikey)) {
            throw new CredentialException(CredentialException.Reason.BAD_KEY,
                    "a did:key has one verification method, named by its own key");
        }
        return Ed25519.fromMultikey(multikey);
    }
}
