package org.accolade.shared.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.apicatalog.multibase.Multibase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Data Integrity proof of cryptosuite {@code eddsa-rdfc-2022}: the proof options (carrying the document's
 * {@code @context}) and the document without its proof are each canonicalised (RDFC-1.0) and hashed with SHA-256;
 * Ed25519 signs the proof hash followed by the document hash; {@code proofValue} is {@code z} + base58btc.
 */
public final class DataIntegrityProof {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    public static final String ASSERTION_METHOD = "assertionMethod";

    private DataIntegrityProof() {
    }

    /** A copy of {@code document} with its proof, made by {@code key} named {@code verificationMethod}. */
    public static ObjectNode sign(ObjectNode document, PrivateKey key, String verificationMethod, Instant created)
            throws CredentialException {
        ObjectNode unsecured = document.deepCopy();
        unsecured.remove("proof");
        ObjectNode proof = unsecured.objectNode();
        proof.put("type", TYPE);
        proof.put("cryptosuite", CRYPTOSUITE);
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)));
        proof.put("verificationMethod", verificationMethod);
        proof.put("proofPurpose", ASSERTION_METHOD);
        byte[] signature = Ed25519.sign(key, hashData(unsecured, proof));
        proof.put("proofValue", Multibase.BASE_58_BTC.encode(signature));
        ObjectNode secured = unsecured.deepCopy();
        secured.set("proof", proof);
        return secured;
    }

    /**
     * Whether {@code proof}, one proof of {@code document}, was made by {@code key} over exactly this document.
     * The caller has checked the proof's type, cryptosuite and purpose and resolved its verification method.
     */
    public static boolean verify(JsonNode document, JsonNode proof, PublicKey key) throws CredentialException {
        String proofValue = proof.path("proofValue").asText("");
        if (!Multibase.BASE_58_BTC.isEncoded(proofValue)) {
            throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF,
                    "proofValue is not base58btc multibase");
        }
        byte[] signature;
        try {
            signature = Multibase.BASE_58_BTC.decode(proofValue);
        } catch (RuntimeException e) {
            throw new CredentialException(CredentialException.Reason.MALFORMED_PROOF, "proofValue is not base58btc", e);
        }
        ObjectNode unsecured = ((ObjectNode) document).deepCopy();
        unsecured.remove("proof");
        ObjectNode options = ((ObjectNode) proof).deepCopy();
        options.remove("proofValue");
        return Ed25519.verify(key, hashData(unsecured, options), signature);
    }

    private static byte[] hashData(ObjectNode unsecured, ObjectNode proofOptions) throws CredentialException {
        ObjectNode withContext = proofOptions.objectNode();
        withContext.set("@context", unsecured.get("@context"));
        withContext.setAll(proofOptions);
        withContext.remove("proofValue");
        byte[] proofHash = sha256(RdfCanonicalization.canonicalNQuads(withContext.toString()));
        byte[] documentHash = sha256(RdfCanonicalization.canonicalNQuads(unsecured.toString()));
        byte[] both = new byte[proofHash.length + documentHash.length];
        System.arraycopy(proofHash, 0, both, 0, proofHash.length);
        System.arraycopy(documentHash, 0, both, proofHash.length, documentHash.length);
        return both;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
