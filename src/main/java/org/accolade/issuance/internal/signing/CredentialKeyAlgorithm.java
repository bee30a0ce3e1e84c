package org.accolade.issuance.internal.signing;

/** What a credential key signs: Data Integrity proofs (Ed25519) or VC-JWT (ES256, which 1EdTech's validator takes). */
public enum CredentialKeyAlgorithm {
    ED25519("key"), ES256("jwt");

    private final String fragmentPrefix;

    CredentialKeyAlgorithm(String fragmentPrefix) {
        this.fragmentPrefix = fragmentPrefix;
    }

    /** The fragment of the key's verification method in its owner's DID document: {@code #key-<id>}. */
    public String fragment(java.util.UUID keyId) {
        return fragmentPrefix + "-" + keyId;
    }
}
