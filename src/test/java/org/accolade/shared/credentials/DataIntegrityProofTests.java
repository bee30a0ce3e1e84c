package org.accolade.shared.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class DataIntegrityProofTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final KeyPair key = Ed25519.generate();
    private final String method = "did:key:" + Ed25519.multikey(key.getPublic()) + "#" + Ed25519.multikey(key.getPublic());

    @Test
    void aSignedCredentialVerifiesWithItsKeyOnly() throws Exception {
        ObjectNode signed = DataIntegrityProof.sign(credential(), key.getPrivate(), method, NOW);

        assertThat(signed.at("/proof/cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        assertThat(signed.at("/proof/proofValue").asText()).startsWith("z");
        assertThat(DataIntegrityProof.verify(signed, signed.get("proof"), key.getPublic())).isTrue();
        assertThat(DataIntegrityProof.verify(signed, signed.get("proof"), Ed25519.generate().getPublic())).isFalse();
    }

    @Test
    void aChangedCharacterBreaksTheProof() throws Exception {
        ObjectNode signed = DataIntegrityProof.sign(credential(), key.getPrivate(), method, NOW);
        signed.put("name", "Citoyen engagE");

        assertThat(DataIntegrityProof.verify(signed, signed.get("proof"), key.getPublic())).isFalse();
    }

    @Test
    void theSameDocumentInAnotherKeyOrderHasTheSameProof() throws Exception {
        ObjectNode reordered = JSON.createObjectNode();
        ObjectNode original = credential();
        List<String> names = new ArrayList<>();
        original.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        names.forEach(name -> reordered.set(name, original.get(name)));
        ObjectNode signed = DataIntegrityProof.sign(original, key.getPrivate(), method, NOW);

        assertThat(DataIntegrityProof.verify(reordered, signed.get("proof"), key.getPublic())).isTrue();
    }

    @Test
    void aTermNoContextDefinesIsRefused() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.get("credentialSubject")).putObject("achievement").put("type", "Achievement")
                .put("id", "https://example.org/a").put("notInAnyContext", "x");
        credential.set("@context", JSON.createArrayNode().add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));

        assertThatThrownBy(() -> DataIntegrityProof.sign(credential, key.getPrivate(), method, NOW))
                .isInstanceOfSatisfying(CredentialException.class,
                        e -> assertThat(e.reason()).isEqualTo(CredentialException.Reason.UNDEFINED_TERM));
    }

    @Test
    void anIdentifierThatIsNotAWellFormedIriIsRefusedNotSkipped() {
        ObjectNode credential = credential();
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("id", "http://localhost:8080 /ob/v2/x");

        assertThatThrownBy(() -> DataIntegrityProof.sign(credential, key.getPrivate(), method, NOW))
                .isInstanceOfSatisfying(CredentialException.class,
                        e -> assertThat(e.getMessage()).contains("http://localhost:8080 /ob/v2/x"));
    }

    @Test
    void anUnknownContextIsNeverFetched() {
        ObjectNode credential = credential();
        credential.set("@context", JSON.createArrayNode().add("https://www.w3.org/ns/credentials/v2")
                .add("https://example.org/unknown-context.json"));

        assertThatThrownBy(() -> DataIntegrityProof.sign(credential, key.getPrivate(), method, NOW))
                .isInstanceOfSatisfying(CredentialException.class,
                        e -> assertThat(e.reason()).isEqualTo(CredentialException.Reason.UNKNOWN_CONTEXT));
    }

    @Test
    void aMultikeyGivesBackTheSameKey() throws Exception {
        String multikey = Ed25519.multikey(key.getPublic());

        assertThat(multikey).startsWith("z6Mk");
        assertThat(Ed25519.fromMultikey(multikey)).isEqualTo(key.getPublic());
        assertThatThrownBy(() -> Ed25519.fromMultikey("zQ3sh")).isInstanceOf(CredentialException.class);
        assertThatThrownBy(() -> Ed25519.fromMultikey("not-multibase")).isInstanceOf(CredentialException.class);
    }

    private static ObjectNode credential() {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        credential.put("id", "https://badges.example.org/ob/v3/credentials/1");
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", "Citoyen engagé");
        credential.putObject("issuer").put("id", "did:web:badges.example.org").put("type", "Profile")
                .put("name", "Réseau démo");
        credential.put("validFrom", "2026-12-07T10:00:00Z");
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("type", "AchievementSubject");
        subject.putObject("achievement").put("id", "https://badges.example.org/ob/v2/badges/1")
                .put("type", "Achievement").put("name", "Citoyen engagé").put("description", "Engagé")
                .putObject("criteria").put("narrative", "A voté");
        return credential;
    }
}
