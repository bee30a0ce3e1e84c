package org.accolade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

import org.accolade.IndependentVerifiers.Signed;
import org.accolade.IndependentVerifiers.Verification;

/**
 * The independent verifiers are honest: they accept what is right and refuse what is not, for the same reasons
 * a real wallet or verifier would. Credentials here are signed by Digital Bazaar's libraries (sign.mjs), not by
 * Accolade, so a failure points at the harness.
 */
class IndependentVerifiersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "6163636f6c6164652d696e646570656e64656e742d76657269666965727321aa";
    private static final String STATUS_LIST = "https://accolade.test/status/1";

    /** An Open Badges 3.0 credential as Accolade issues them: the recipient by salted e-mail hash, no subject id. */
    private static ObjectNode credential() {
        return (ObjectNode) read("""
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2",
                               "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                  "id": "urn:uuid:2f1c6e0a-8f6d-4c55-9d7e-0b7c1d9e4a21",
                  "type": ["VerifiableCredential", "OpenBadgeCredential"],
                  "issuer": {"id": "set by the signer", "type": ["Profile"], "name": "Accolade Test Issuer"},
                  "validFrom": "2025-03-01T09:00:00Z",
                  "name": "Team Player",
                  "credentialSubject": {
                    "type": ["AchievementSubject"],
                    "identifier": [{
                      "type": "IdentityObject",
                      "identityHash": "sha256$5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269",
                      "identityType": "emailAddress",
                      "hashed": true,
                      "salt": "d1c3a0f49b2e"
                    }],
                    "achievement": {
                      "id": "https://accolade.test/achievements/team-player",
                      "type": ["Achievement"],
                      "name": "Team Player",
                      "description": "Recognised by colleagues for helping the team.",
                      "criteria": {"narrative": "Nominated by a colleague and approved by a manager."}
                    }
                  }
                }
                """);
    }

    @Test
    void aCredentialSignedByDigitalBazaarIsAcceptedByDigitalBazaarDccAndTheSchema() {
        Signed signed = IndependentVerifiers.signWithDidKey(credential());

        Verification result = IndependentVerifiers.verify(signed.credential(), Map.of(), "achievement", false);

        assertTrue(signed.did().startsWith("did:key:z6Mk"), signed::did);
        assertEquals(signed.did(), signed.credential().at("/issuer/id").asText());
        assertEquals("eddsa-rdfc-2022", signed.credential().at("/proof/cryptosuite").asText());
        assertTrue(result.digitalBazaarVerified(), result::toString);
        assertTrue(result.dccVerified(), result::toString);
        assertEquals(Boolean.TRUE, result.schemaValid(), result::toString);
        assertTrue(result.acceptedByAll(), result::toString);
        assertEquals("valid_signature", result.dccLog().get(0).path("id").asText(), result::toString);
        // no registry was named, so DCC cannot call the issuer registered; that does not make the harness fail
        assertTrue(stepOf(result, "registered_issuer").path("valid").isBoolean(), result::toString);
        assertEquals(0, result.json().path("unresolved").size(), result::toString);
    }

    @Test
    void oneChangedCharacterIsRefusedByBothButNotByTheSchema() {
        ObjectNode signed = (ObjectNode) IndependentVerifiers.signWithDidKey(credential()).credential();
        signed.put("name", "Team Playes");

        Verification result = IndependentVerifiers.verify(signed.toString(), Map.of(), "achievement", false);

        assertFalse(result.digitalBazaarVerified(), result::toString);
        assertFalse(result.dccVerified(), result::toString);
        assertEquals("invalid_signature", result.json().at("/dcc/errors/0/name").asText(), result::toString);
        // the schema checks shape only: proof that the verdicts above come from the signature
        assertEquals(Boolean.TRUE, result.schemaValid(), result::toString);
        assertFalse(result.acceptedByAll());
    }

    @Test
    void anUndefinedTermIsRefusedBySigningAndByVerification() {
        ObjectNode withUndefinedTerm = credential();
        withUndefinedTerm.put("favouriteColour", "green");
        JsonNode refused = IndependentVerifiers.trySign(withUndefinedTerm, null, null);
        assertEquals("jsonld.ValidationError", refused.at("/error/name").asText(), refused::toPrettyString);

        ObjectNode signed = (ObjectNode) IndependentVerifiers.signWithDidKey(credential()).credential();
        signed.put("favouriteColour", "green");
        Verification result = IndependentVerifiers.verify(signed, Map.of(), null, false);

        assertFalse(result.digitalBazaarVerified(), result::toString);
        assertFalse(result.dccVerified(), result::toString);
        assertTrue(result.toString().contains("favouriteColour"), result::toString);
        assertNull(result.schemaValid());
    }

    @Test
    void theStatusListBitDecidesRevoked() throws IOException {
        // the status list is signed by the same did:key as the credentials (same seed): verifiers require that
        ObjectNode list = (ObjectNode) read("""
                {
                  "@context": ["https://www.w3.org/ns/credentials/v2"],
                  "id": "%s",
                  "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                  "issuer": "set by the signer",
                  "validFrom": "2025-03-01T09:00:00Z",
                  "credentialSubject": {"id": "%s#list", "type": "BitstringStatusList",
                                        "statusPurpose": "revocation", "encodedList": "%s"}
                }
                """.formatted(STATUS_LIST, STATUS_LIST, encodedList(131_072, 42)));
        Map<String, JsonNode> documents = Map.of(STATUS_LIST,
                IndependentVerifiers.signWithDidKey(list, SEED).credential());

        Verification revoked = IndependentVerifiers.verify(withStatus(42), documents, "achievement", true);
        Verification valid = IndependentVerifiers.verify(withStatus(43), documents, "achievement", true);
        Verification notChecked = IndependentVerifiers.verify(withStatus(42), documents, "achievement", false);

        assertEquals(Boolean.TRUE, revoked.revoked(), revoked::toString);
        assertTrue(revoked.json().at("/status/dccRevoked").asBoolean(), revoked::toString);
        assertTrue(revoked.digitalBazaarVerified(), "revocation is reported apart from the proof: " + revoked);
        assertEquals(Boolean.FALSE, valid.revoked(), valid::toString);
        assertTrue(stepOf(valid, "revocation_status").path("valid").asBoolean(), valid::toString);
        assertNull(notChecked.revoked(), notChecked::toString);
    }

    @Test
    void aMissingStatusListIsReportedNotGuessed() {
        Verification result = IndependentVerifiers.verify(withStatus(42), Map.of(), null, true);

        assertNull(result.revoked(), result::toString);
        assertFalse(result.digitalBazaarVerified(), result::toString);
        assertEquals("status_list_not_found", stepOf(result, "revocation_status").at("/error/name").asText(),
                result::toString);
        assertEquals(STATUS_LIST, result.json().at("/unresolved/0").asText(), result::toString);
    }

    @Test
    void didWebKeysAreResolvedFromTheGivenDocumentsOnly() {
        Signed signed = IndependentVerifiers.signWithDidWeb(credential(), "did:web:accolade.test");
        Map<String, JsonNode> documents = Map.of(signed.did(), signed.didDocument());

        Verification resolved = IndependentVerifiers.verify(signed.credential(), documents, "achievement", false);
        Verification unresolved = IndependentVerifiers.verify(signed.credential(), Map.of(), null, false);

        assertEquals("did:web:accolade.test#key-1", signed.credential().at("/proof/verificationMethod").asText());
        assertTrue(resolved.acceptedByAll(), resolved::toString);
        assertFalse(unresolved.digitalBazaarVerified(), unresolved::toString);
        assertEquals("did_web_unresolved", unresolved.json().at("/dcc/errors/0/name").asText(), unresolved::toString);
        String wellKnown = "https://accolade.test/.well-known/did.json";
        assertTrue(unresolved.json().path("unresolved").toString().contains(wellKnown), unresolved::toString);
    }

    @Test
    void aVcJwtIsVerifiedWithTheJwkOfTheKidInTheDidDocument() throws JOSEException {
        String did = "did:web:accolade.test";
        ECKey key = new ECKeyGenerator(Curve.P_256).keyID(did + "#key-2").generate();
        JsonNode didDocument = read("""
                {"@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
                 "id": "%s",
                 "verificationMethod": [{"id": "%s#key-2", "type": "JsonWebKey", "controller": "%s",
                                         "publicKeyJwk": %s}],
                 "assertionMethod": ["%s#key-2"]}
                """.formatted(did, did, did, key.toPublicJWK().toJSONString(), did));
        Map<String, JsonNode> documents = Map.of(did, didDocument);
        ObjectNode payload = credential();
        ((ObjectNode) payload.get("issuer")).put("id", did);
        payload.put("iss", did).put("jti", payload.get("id").asText())
                .put("nbf", Instant.parse(payload.get("validFrom").asText()).getEpochSecond());

        Verification good = IndependentVerifiers.verify(jwt(payload, key, key.getKeyID()), documents, "achievement",
                false);
        ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
        Verification wrongKey = IndependentVerifiers.verify(jwt(payload, stranger, key.getKeyID()), documents, null,
                false);
        Verification wrongIssuer = IndependentVerifiers.verify(
                jwt(payload.deepCopy().put("iss", "did:web:elsewhere.test"), key, key.getKeyID()), documents, null,
                false);

        assertTrue(good.jwtVerified(), good::toString);
        assertEquals(Boolean.TRUE, good.schemaValid(), good::toString);
        assertTrue(good.acceptedByAll(), good::toString);
        assertTrue(good.json().at("/digitalbazaar").isNull(), "Data Integrity verifiers do not apply to a JWT");
        assertFalse(wrongKey.jwtVerified(), wrongKey::toString);
        assertFalse(wrongIssuer.jwtVerified(), wrongIssuer::toString);
        assertTrue(wrongIssuer.toString().contains("\\\"iss\\\""), wrongIssuer::toString);
    }

    @Test
    void theBenchmarkSignsAndVerifies() {
        IndependentVerifiers.Benchmark benchmark = IndependentVerifiers.benchmarkSigning(credential(), 10);

        assertEquals(10, benchmark.count());
        assertTrue(benchmark.perSecond() > 0 && benchmark.verifyPerSecond() > 0, benchmark::toString);
    }

    private static JsonNode withStatus(int index) {
        ObjectNode credential = credential();
        credential.putObject("credentialStatus").put("id", STATUS_LIST + "#" + index)
                .put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", String.valueOf(index)).put("statusListCredential", STATUS_LIST);
        return IndependentVerifiers.signWithDidKey(credential, SEED).credential();
    }

    /** Bitstring Status List: "u" + base64url(gzip(bits)), most significant bit first. */
    private static String encodedList(int length, int... set) throws IOException {
        byte[] bits = new byte[length / 8];
        for (int index : set) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(bits);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzipped.toByteArray());
    }

    /** A VC-JWT as OB 3.0 §8.2 has it: the credential's members are the payload. */
    private static String jwt(JsonNode payload, ECKey key, String kid) throws JOSEException {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid).type(JOSEObjectType.JWT).build(),
                new Payload(payload.toString()));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private static JsonNode stepOf(Verification result, String id) {
        for (JsonNode step : result.dccLog()) {
            if (id.equals(step.path("id").asText())) {
                return step;
            }
        }
        return JSON.missingNode();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
