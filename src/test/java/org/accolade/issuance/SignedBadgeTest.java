package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.accolade.SharedApplicationTest;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.internal.AssertionPayload;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.issuance.internal.BadgeBakery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSAVerifier;

/**
 * Signed badges (sentinelle signs; the others are hosted): an RS256 compact JWS baked into the image, checked with
 * the issuer's hosted CryptographicKey; and baking the same assertion again gives the same bytes.
 */
@SharedApplicationTest
class SignedBadgeTest {

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private AssertionRepository records;
    @Autowired
    private AssertionPayload payloads;
    @Autowired
    private BadgeBakery bakery;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void aSignedBadgeCarriesAnRs256JwsThatTheIssuersHostedKeyVerifies() throws Exception {
        IssuedBadge badge = issue("sentinelle");

        JWSObject jws = JWSObject.parse(bakedPayload(badge));
        JsonNode assertion = json.readTree(jws.getPayload().toString());
        String creator = assertion.path("verification").path("creator").asText();
        JsonNode key = document(creator);

        assertThat(jws.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(assertion.path("verification").path("type").asText()).isEqualTo("SignedBadge");
        assertThat(key.path("type").asText()).isEqualTo("CryptographicKey");
        assertThat(key.path("owner").asText()).isEqualTo(assertion.path("badge").asText().replaceAll(
                "/badges/.*", "/issuers/" + badge("sentinelle").issuerId()));
        assertThat(document(key.path("owner").asText()).path("publicKey").get(0).asText()).isEqualTo(creator);
        assertThat(jws.verify(new RSASSAVerifier(publicKey(key.path("publicKeyPem").asText())))).isTrue();
        assertThat(jws.getPayload().toString()).isEqualTo(text("/ob/v2/assertions/" + badge.id()));
    }

    @Test
    void aTamperedPayloadOrAForeignKeyFailsTheSignature() throws Exception {
        IssuedBadge badge = issue("sentinelle");
        String[] parts = bakedPayload(badge).split("\\.");
        JsonNode key = document(json.readTree(JWSObject.parse(bakedPayload(badge)).getPayload().toString())
                .path("verification").path("creator").asText());
        RSASSAVerifier issuerKey = new RSASSAVerifier(publicKey(key.path("publicKeyPem").asText()));

        String forged = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"hashed\":true",
                "\"hashed\":false");
        JWSObject tampered = new JWSObject(JWSObject.parse(bakedPayload(badge)).getHeader().toBase64URL(),
                new Payload(forged).toBase64URL(), JWSObject.parse(bakedPayload(badge)).getSignature());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSASSAVerifier foreignKey = new RSASSAVerifier((RSAPublicKey) generator.generateKeyPair().getPublic());

        assertThat(tampered.verify(issuerKey)).isFalse();
        assertThat(JWSObject.parse(bakedPayload(badge)).verify(foreignKey)).isFalse();
    }

    @Test
    void twoSignedBadgesOfOneIssuerShareItsSingleKey() throws Exception {
        String first = creatorOf(issue("sentinelle"));
        String second = creatorOf(issue("sentinelle"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void bakingTheSameAssertionAgainGivesTheSameBytes() throws Exception {
        for (String key : new String[] { "citoyen", "sentinelle" }) {
            IssuedBadge badge = issue(key);
            BadgeClass badgeClass = badge(key);
            var stored = records.findById(badge.id().value()).orElseThrow();
            byte[] issued = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.PNG).orElseThrow()
                    .content();

            byte[] again = bakery.bake(Standard.OPEN_BADGES_2, payloads.of(stored, badgeClass),
                    badgeClasses.image(badgeClass.id()), badgeClass.key()).get(0).content();

            assertThat(again).as(key).isEqualTo(issued);
        }
    }

    private IssuedBadge issue(String badgeKey) {
        return assertions.issue(IssueBadges.to(people.fresh("Signe"), badge(badgeKey).id())).badge();
    }

    private BadgeClass badge(String key) {
        return badgeClasses.findByKey(key).orElseThrow();
    }

    private String bakedPayload(IssuedBadge badge) throws Exception {
        byte[] png = assertions.bakedImage(badge.id(), Standard.OPEN_BADGES_2, BakedImage.PNG).orElseThrow().content();
        return new PngBaker().read(png, PngBaker.OPEN_BADGES_2).orElseThrow();
    }

    private String creatorOf(IssuedBadge badge) throws Exception {
        return json.readTree(JWSObject.parse(bakedPayload(badge)).getPayload().toString())
                .path("verification").path("creator").asText();
    }

    private String text(String path) throws Exception {
        return http.perform(get(path.replace("http://localhost:8080", "")).accept("application/ld+json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode document(String url) throws Exception {
        return json.readTree(text(url));
    }

    private static RSAPublicKey publicKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
