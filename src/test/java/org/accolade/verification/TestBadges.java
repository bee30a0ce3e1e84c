package org.accolade.verification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.accolade.issuance.RecipientHash;
import org.accolade.shared.PublicLinks;
import org.accolade.shared.RateLimits;
import org.accolade.verification.internal.AddressPolicy;
import org.accolade.verification.internal.BadgeVerifier;
import org.accolade.verification.internal.DocumentFetcher;
import org.accolade.verification.internal.VerificationProperties;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;

/**
 * The documents of an Open Badges 2.0 badge hosted on a {@link BadgeServer}: an issuer, a badge class, a hosted or
 * signed assertion awarded to {@link #EMAIL}, and an RSA key made for the test run.
 */
public final class TestBadges {

    public static final String EMAIL = "Alice.Martin@example.org";
    public static final KeyPair KEY = newKey();
    public static final KeyPair OTHER_KEY = newKey();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BadgeServer server;

    public TestBadges(BadgeServer server) {
        this.server = server;
    }

    public String url(String path) {
        return server.url(path);
    }

    public ObjectNode issuer() {
        ObjectNode issuer = object().put("id", url("/issuer")).put("type", "Profile").put("name", "Accolade Test")
                .put("url", "https://accolade.example.org").put("email", "issuer@example.org");
        issuer.putArray("publicKey").add(url("/key"));
        return issuer;
    }

    public ObjectNode badgeClass() {
        return object().put("id", url("/badge")).put("type", "BadgeClass").put("name", "Citoyen")
                .put("description", "For civic engagement").put("image", url("/badge.png"))
                .put("criteria", url("/criteria")).put("issuer", url("/issuer"));
    }

    public ObjectNode key(KeyPair pair) {
        return object().put("id", url("/key")).put("type", "CryptographicKey").put("owner", url("/issuer"))
                .put("publicKeyPem", pem(pair));
    }

    public ObjectNode hosted(String path) {
        ObjectNode assertion = assertion(url(path));
        assertion.putObject("verification").put("type", "hosted");
        return assertion;
    }

    public ObjectNode signed(String id) {
        ObjectNode assertion = assertion(id);
        assertion.putObject("verification").put("type", "SignedBadge").put("creator", url("/key"));
        return assertion;
    }

    private ObjectNode assertion(String id) {
        RecipientHash hash = RecipientHash.of(EMAIL, "s4lt");
        ObjectNode assertion = object().put("id", id).put("type", "Assertion").put("badge", url("/badge"))
                .put("issuedOn", "2025-01-15T10:00:00Z");
        assertion.putObject("recipient").put("type", "email").put("hashed", true)
                .put("identity", hash.identity()).put("salt", hash.salt());
        return assertion;
    }

    /** Serves the issuer, the badge class and the key, the documents every badge of this issuer needs. */
    public TestBadges publishIssuer() {
        server.json("/issuer", issuer()).json("/badge", badgeClass()).json("/key", key(KEY));
        return this;
    }

    public static ObjectNode object() {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://w3id.org/openbadges/v2");
        return node;
    }

    public static String sign(ObjectNode assertion, KeyPair pair) {
        return sign(assertion, pair, JWSAlgorithm.RS256);
    }

    public static String sign(ObjectNode assertion, KeyPair pair, JWSAlgorithm algorithm) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(algorithm), new Payload(assertion.toString()));
            jws.sign(new RSASSASigner((RSAPrivateKey) pair.getPrivate()));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWS that claims no algorithm and carries no signature. */
    public static String unsigned(ObjectNode assertion) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + base64.encodeToString(assertion.toString().getBytes()) + ".";
    }

    public static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    /** A small plain PNG, ready to be baked. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xcc3300);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A verification service as the application wires it, fetching with {@code policy} and these limits. */
    public static VerificationService service(AddressPolicy policy, Duration timeout, int maxBytes, Clock clock) {
        VerificationProperties limits = new VerificationProperties(timeout, maxBytes, 3);
        return wired(new DocumentFetcher(policy, limits, new PublicLinks("http://localhost:8080"), uri -> Optional.empty()), limits,
                clock);
    }

    /** The service around {@code fetcher}, with the application's bounds on verifications at once and per client. */
    static VerificationService wired(DocumentFetcher fetcher, VerificationProperties limits, Clock clock) {
        return new VerificationService(new BadgeVerifier(fetcher, clock), messages(), new RateLimits(clock), limits,
                30, 8);
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/verification");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
