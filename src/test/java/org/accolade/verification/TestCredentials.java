package org.accolade.verification;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import org.accolade.issuance.RecipientHash;
import org.accolade.shared.PublicLinks;
import org.accolade.shared.credentials.BitstringStatusList;
import org.accolade.shared.credentials.CredentialException;
import org.accolade.shared.credentials.DataIntegrityProof;
import org.accolade.shared.credentials.DidKey;
import org.accolade.shared.credentials.DidWeb;
import org.accolade.shared.credentials.Ed25519;
import org.accolade.verification.internal.AddressPolicy;
import org.accolade.verification.internal.DocumentFetcher;
import org.accolade.verification.internal.FetchedDocument;
import org.accolade.verification.internal.LocalDocuments;
import org.accolade.verification.internal.VerificationProperties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * Open Badges 3.0 credentials made for tests with the shared primitives, as Accolade issues them: issuers with a
 * did:key, or with a did:web under this application's address ({@link #BASE}) whose DID documents and status lists
 * {@link #documents()} answers the way this application answers its own, without HTTP.
 */
public final class TestCredentials {

    /** The public base URL the verifier under test is given, as {@code accolade.public-base-url}. */
    public static final String BASE = "http://localhost:8080";
    public static final String EMAIL = TestBadges.EMAIL;
    public static final Instant ISSUED = Instant.parse("2026-01-15T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> hosted = new ConcurrentHashMap<>();

    /** An issuer: its DID and name, its Ed25519 key (Data Integrity) and its JSON Web Key (VC-JWT). */
    public record Issuer(String did, String name, KeyPair ed25519, JWK jwk) {

        public String method() {
            return did.startsWith(DidKey.PREFIX) ? DidKey.verificationMethod(ed25519.getPublic()) : did + "#key-1";
        }

        public String jwtKid() {
            return did + "#key-jwt";
        }

        /** The DID document of a did:web issuer: both keys, both listed for assertionMethod. */
        public ObjectNode didDocument() {
            ObjectNode document = JSON.createObjectNode();
            document.putArray("@context").add("https://www.w3.org/ns/did/v1")
                    .add("https://w3id.org/security/multikey/v1");
            document.put("id", did);
            ObjectNode multikey = document.putArray("verificationMethod").addObject().put("id", method())
                    .put("type", "Multikey").put("controller", did)
                    .put("publicKeyMultibase", Ed25519.multikey(ed25519.getPublic()));
            ObjectNode jsonWebKey = document.withArray("verificationMethod").addObject().put("id", jwtKid())
                    .put("type", "JsonWebKey").put("controller", did);
            jsonWebKey.set("publicKeyJwk", JSON.valueToTree(jwk.toPublicJWK().toJSONObject()));
            document.putArray("assertionMethod").add(multikey.get("id")).add(jsonWebKey.get("id"));
            return document;
        }

        /** Where its documents are: under its DID document's path for a did:web, under {@link #BASE} otherwise. */
        public String home() {
            return DidWeb.documentUrl(did).map(url -> url.toString().replace("https://localhost:8080", BASE)
                    .replace("/did.json", "")).orElse(BASE + "/test-issuers/" + Integer.toHexString(did.hashCode()));
        }

        public String statusList(int n) {
            return home() + "/status/" + n;
        }
    }

    public static Issuer didKeyIssuer(String name) {
        KeyPair key = Ed25519.generate();
        return new Issuer(DidKey.of(key.getPublic()), name, key, ecKey());
    }

    /** An Accolade issuer ({@code ob/v3/issuers/{id}}) whose DID document is published here. */
    public Issuer ownIssuer(String name) {
        return publish(new Issuer(DidWeb.of(BASE, "ob/v3/issuers/" + UUID.randomUUID()), name, Ed25519.generate(),
                ecKey()));
    }

    /** An Accolade partner ({@code ob/v3/partners/{id}}), the issuer of endorsements. */
    public Issuer ownPartner(String name) {
        return publish(new Issuer(DidWeb.of(BASE, "ob/v3/partners/" + UUID.randomUUID()), name, Ed25519.generate(),
                ecKey()));
    }

    public Issuer publish(Issuer issuer) {
        host(issuer.home() + "/did.json", issuer.didDocument());
        return issuer;
    }

    /** The same issuer with an RSA key for VC-JWT (RS256) instead of its EC key, published again. */
    public Issuer publishWithRsa(Issuer issuer) {
        return publish(new Issuer(issuer.did(), issuer.name(), issuer.ed25519(), rsaKey()));
    }

    /** Answers {@code url} with {@code document} as this application answers its own documents. */
    public void host(String url, Object document) {
        hosted.put(url, document.toString());
    }

    /** What this application would answer for its own URLs: the documents hosted here. */
    public LocalDocuments documents() {
        return uri -> Optional.ofNullable(hosted.get(uri.toString())).map(body -> new FetchedDocument(uri, 200,
                "application/ld+json", body.getBytes(StandardCharsets.UTF_8)));
    }

    /** An OpenBadgeCredential awarded to {@link #EMAIL} by {@code issuer}, unsigned, as Accolade writes them. */
    public static ObjectNode credential(Issuer issuer) {
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        credential.put("id", BASE + "/ob/v3/credentials/" + UUID.randomUUID());
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", "Citoyen");
        credential.set("issuer", profile(issuer));
        credential.put("validFrom", ISSUED.toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        RecipientHash hash = RecipientHash.of(EMAIL, "s4lt");
        subject.putArray("identifier").addObject().put("type", "IdentityObject").put("identityType", "emailAddress")
                .put("hashed", true).put("identityHash", hash.identity()).put("salt", hash.salt());
        ObjectNode achievement = subject.putObject("achievement").put("id", BASE + "/ob/v2/badges/citoyen");
        achievement.putArray("type").add("Achievement");
        achievement.put("name", "Citoyen").put("description", "For civic engagement");
        achievement.putObject("criteria").put("narrative", "Took part in the school council for a year.");
        achievement.putObject("image").put("id", BASE + "/images/citoyen.png").put("type", "Image");
        return credential;
    }

    private static ObjectNode profile(Issuer issuer) {
        ObjectNode profile = JSON.createObjectNode().put("id", issuer.did());
        profile.putArray("type").add("Profile");
        return profile.put("name", issuer.name()).put("url", "https://college.example.org");
    }

    /** {@code credential} with a Data Integrity proof by the issuer's Ed25519 key. */
    public static ObjectNode sign(ObjectNode credential, Issuer issuer) {
        return sign(credential, issuer.ed25519(), issuer.method());
    }

    public static ObjectNode sign(ObjectNode credential, KeyPair key, String method) {
        try {
            return DataIntegrityProof.sign(credential, key.getPrivate(), method, ISSUED);
        } catch (CredentialException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code credential} with a revocation entry at {@code index} of its issuer's status list 1. */
    public static ObjectNode withStatus(ObjectNode credential, Issuer issuer, int index) {
        credential.putObject("credentialStatus").put("id", issuer.statusList(1) + "#" + index)
                .put("type", "BitstringStatusListEntry").put("statusPurpose", "revocation")
                .put("statusListIndex", String.valueOf(index)).put("statusListCredential", issuer.statusList(1));
        return credential;
    }

    /** Publishes the issuer's status list 1, signed by {@code signer}, with the bits of {@code revoked} set. */
    public void publishStatusList(Issuer issuer, Issuer signer, Collection<Integer> revoked) {
        host(issuer.statusList(1), statusList(issuer, signer, revoked));
    }

    /** The issuer's status list 1, signed by {@code signer}, with the bits of {@code revoked} set. */
    public static ObjectNode statusList(Issuer issuer, Issuer signer, Collection<Integer> revoked) {
        ObjectNode list = JSON.createObjectNode();
        list.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        list.put("id", issuer.statusList(1));
        list.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        list.put("issuer", signer.did()).put("validFrom", ISSUED.toString());
        list.putObject("credentialSubject").put("id", issuer.statusList(1) + "#list")
                .put("type", "BitstringStatusList").put("statusPurpose", "revocation")
                .put("encodedList", BitstringStatusList.encode(revoked));
        return sign(list, signer);
    }

    /** An EndorsementCredential by {@code partner} of the achievement, signed. */
    public static ObjectNode endorsement(Issuer partner) {
        ObjectNode endorsement = JSON.createObjectNode();
        endorsement.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        endorsement.put("id", BASE + "/ob/v3/endorsements/" + UUID.randomUUID());
        endorsement.putArray("type").add("VerifiableCredential").add("EndorsementCredential");
        endorsement.put("name", "Endorsement of Citoyen by " + partner.name());
        endorsement.set("issuer", profile(partner));
        endorsement.put("validFrom", ISSUED.toString());
        ObjectNode subject = endorsement.putObject("credentialSubject").put("id", BASE + "/ob/v2/badges/citoyen");
        subject.putArray("type").add("EndorsementSubject");
        subject.put("endorsementComment", "A serious and demanding badge.");
        return sign(endorsement, partner);
    }

    /**
     * {@code credential} as VC-JWT (OB 3.0 section 8.2): its members at the top of the payload with iss, jti and nbf,
     * signed with the issuer's JSON Web Key under {@code algorithm}.
     */
    public static String jwt(ObjectNode credential, Issuer issuer) {
        return jwt(credential, issuer, issuer.jwtKid(), Map.of());
    }

    /** The same, naming the key {@code kid} and with more claims (such as {@code exp}). */
    public static String jwt(ObjectNode credential, Issuer issuer, String kid, Map<String, Object> claimsToAdd) {
        JWSAlgorithm algorithm = issuer.jwk() instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
        ObjectNode claims = credential.deepCopy();
        claims.remove("proof");
        claims.put("iss", issuer.did()).put("jti", credential.path("id").asText())
                .put("nbf", Instant.parse(credential.path("validFrom").asText()).getEpochSecond());
        claimsToAdd.forEach((name, value) -> claims.set(name, JSON.valueToTree(value)));
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT)
                    .keyID(kid).build(), new Payload(claims.toString()));
            jws.sign(signer(issuer.jwk()));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }

    /** A verification service fetching with {@code policy}, answering this application's URLs from here. */
    /** The verifier as the application wires it (private addresses refused, the JDK's TLS), at a fixed time. */
    public VerificationService serviceAt(Instant now) {
        return service(new AddressPolicy(false), defaultTls(), Clock.fixed(now, ZoneOffset.UTC));
    }

    public VerificationService service(AddressPolicy policy, SSLContext tls, Clock clock) {
        VerificationProperties limits = new VerificationProperties(Duration.ofSeconds(2), 1 << 20, 3);
        return TestBadges.wired(new DocumentFetcher(policy, limits, new PublicLinks(BASE), documents(), tls), limits, clock);
    }

    public static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
