package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.TestImages;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.shared.credentials.BitstringStatusList;
import org.accolade.shared.credentials.DataIntegrityProof;
import org.accolade.shared.credentials.Ed25519;
import org.accolade.shared.credentials.OpenBadgesSchemas;
import org.accolade.shared.credentials.OpenBadgesSchemas.Kind;
import org.accolade.verification.VerificationReport;
import org.accolade.verification.VerificationRequest;
import org.accolade.verification.VerificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;

/**
 * The Open Badges 3.0 credential of every award, as a verifier gets it: over HTTP with the real security filters,
 * checked against the official JSON Schema and verified with the keys its issuer's DID document publishes.
 */
@SharedApplicationTest
class OpenBadges3HostingTest {

    static final String BASE = "http://localhost:8080";

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PartnerService partners;
    @Autowired
    private EndorsementIssuance endorsementIssuance;
    @Autowired
    private VerificationService verifier;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void everyAwardIsAlsoAnOpenBadgeCredentialValidAgainstTheOfficialSchema() throws Exception {
        Member holder = people.fresh("Olga");
        BadgeClass citoyen = badge("citoyen");
        IssuedBadge badge = issue(holder, "citoyen");

        String body = http.perform(get("/ob/v3/credentials/{id}", badge.id())).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vc+ld+json"))
                .andReturn().getResponse().getContentAsString();
        JsonNode credential = json.readTree(body);

        assertThat(schemaErrors(Kind.ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
        assertThat(credential.path("@context").get(0).asText()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.path("@context").get(1).asText())
                .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(credential.path("id").asText()).isEqualTo(BASE + "/ob/v3/credentials/" + badge.id());
        assertThat(credential.path("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.at("/issuer/id").asText())
                .isEqualTo("did:web:localhost%3A8080:ob:v3:issuers:" + citoyen.issuerId());
        assertThat(credential.at("/issuer/name").asText()).isEqualTo("Collège démo des Trois-Clochers");
        assertThat(credential.path("validFrom").asText()).isEqualTo(badge.issuedOn().toString());
        JsonNode identity = credential.at("/credentialSubject/identifier/0");
        assertThat(new RecipientHash(identity.path("identityHash").asText(), identity.path("salt").asText())
                .matches(holder.email())).isTrue();
        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertThat(achievement.path("id").asText()).isEqualTo(BASE + "/ob/v2/badges/" + citoyen.id());
        assertThat(achievement.at("/criteria/narrative").asText()).isEqualTo(citoyen.criteria());
        assertThat(achievement.at("/alignment/0/targetName").asText())
                .isEqualTo(citoyen.alignments().get(0).targetName());
        assertThat(credential.at("/credentialStatus/type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(credential.at("/credentialStatus/statusPurpose").asText()).isEqualTo("revocation");
        assertThat(credential.at("/evidence/1/id").asText()).isEqualTo("https://example.org/recycling-week");
        http.perform(get("/ob/v3/credentials/{id}", badge.id()).header(HttpHeaders.ACCEPT,
                "text/html,application/xhtml+xml,*/*;q=0.8")).andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, BASE + "/badges/" + badge.id()));
    }

    @Test
    void theProofVerifiesWithTheMultikeyOfTheIssuersDidDocumentAndNotOnceChanged() throws Exception {
        IssuedBadge badge = issue(people.fresh("Pia"), "solidaire");
        ObjectNode credential = (ObjectNode) document("/ob/v3/credentials/" + badge.id());

        JsonNode proof = credential.path("proof");
        assertThat(proof.path("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        PublicKey key = multikey(proof.path("verificationMethod").asText());
        assertThat(DataIntegrityProof.verify(credential, proof, key)).isTrue();

        credential.put("name", credential.path("name").asText() + ".");
        assertThat(DataIntegrityProof.verify(credential, proof, key)).isFalse();
    }

    @Test
    void theSameCredentialIsAVcJwtSignedWithTheIssuersJsonWebKey() throws Exception {
        IssuedBadge badge = issue(people.fresh("Quentin"), "citoyen");
        JsonNode credential = document("/ob/v3/credentials/" + badge.id());

        String jwt = http.perform(get("/ob/v3/credentials/{id}.jwt", badge.id())).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/vc+jwt"))
                .andReturn().getResponse().getContentAsString();
        JWSObject jws = JWSObject.parse(jwt);

        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        JsonNode method = verificationMethod(jws.getHeader().getKeyID());
        assertThat(method.path("type").asText()).isEqualTo("JsonWebKey");
        assertThat(jws.verify(new ECDSAVerifier(ECKey.parse(method.path("publicKeyJwk").toString())))).isTrue();
        JsonNode payload = json.readTree(jws.getPayload().toString());
        assertThat(payload.path("iss").asText()).isEqualTo(credential.at("/issuer/id").asText());
        assertThat(payload.path("jti").asText()).isEqualTo(credential.path("id").asText());
        assertThat(payload.path("nbf").asLong()).isEqualTo(badge.issuedOn().getEpochSecond());
        assertThat(payload.path("credentialSubject")).isEqualTo(credential.path("credentialSubject"));
        assertThat(payload.has("proof")).isFalse();
    }

    @Test
    void theBakedPngCarriesTheSignedCredential() throws Exception {
        IssuedBadge badge = issue(people.fresh("Rosa"), "citoyen");
        String credential = http.perform(get("/ob/v3/credentials/{id}", badge.id())).andReturn().getResponse()
                .getContentAsString();

        byte[] png = http.perform(get("/ob/v3/credentials/{id}/image.png", badge.id())).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.IMAGE_PNG_VALUE))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new PngBaker().read(png, PngBaker.OPEN_BADGES_3)).contains(credential);
        assertThat(new PngBaker().read(png, PngBaker.OPEN_BADGES_2)).isEmpty();
    }

    @Test
    void aBadgeWhosePictureIsSvgIsAlsoBakedAsSvgInTheOpenBadges3Element() throws Exception {
        IssuedBadge badge = issue(people.fresh("Sven"), "expert-numerique");
        String credential = text("/ob/v3/credentials/" + badge.id());

        String svg = http.perform(get("/ob/v3/credentials/{id}/image.svg", badge.id())).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/svg+xml"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(svg).contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", "<openbadges:credential>");
        assertThat(new SvgBaker(SvgBaker.Standard.OPEN_BADGES_3).read(svg)).contains(credential);
    }

    @Test
    void revokingSetsTheCredentialsBitInItsIssuersSignedStatusListAndTheCredentialStaysAsIssued() throws Exception {
        IssuedBadge badge = issue(people.fresh("Sami"), "citoyen");
        String before = text("/ob/v3/credentials/" + badge.id());
        JsonNode status = json.readTree(before).path("credentialStatus");
        String listUrl = status.path("statusListCredential").asText();
        long index = status.path("statusListIndex").asLong();
        assertThat(isSet(listUrl, index)).isFalse();

        http.perform(post("/api/v1/assertions/{id}/revoke", badge.id()).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Awarded by mistake\"}"))
                .andExpect(status().isOk());

        assertThat(isSet(listUrl, index)).isTrue();
        assertThat(text("/ob/v3/credentials/" + badge.id())).isEqualTo(before);
        http.perform(get("/ob/v2/assertions/{id}", badge.id())).andExpect(status().isGone());
    }

    @Test
    void afterAKeyRotationEarlierCredentialsStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        IssuedBadge earlier = issue(people.fresh("Tess"), "creatif");
        JsonNode first = document("/ob/v3/credentials/" + earlier.id());

        http.perform(post("/api/v1/admin/issuers/{id}/keys/rotate", badge("creatif").issuerId().value())
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk());
        http.perform(post("/api/v1/admin/issuers/{id}/keys/rotate", badge("creatif").issuerId().value())
                .with(httpBasic("alice", "demo"))).andExpect(status().isForbidden());
        IssuedBadge later = issue(people.fresh("Ugo"), "creatif");
        JsonNode second = document("/ob/v3/credentials/" + later.id());

        String firstMethod = first.at("/proof/verificationMethod").asText();
        String secondMethod = second.at("/proof/verificationMethod").asText();
        assertThat(secondMethod).isNotEqualTo(firstMethod);
        assertThat(DataIntegrityProof.verify(first, first.path("proof"), multikey(firstMethod))).isTrue();
        assertThat(DataIntegrityProof.verify(second, second.path("proof"), multikey(secondMethod))).isTrue();
    }

    @Test
    void anEndorsedAwardEmbedsThePartnersEndorsementCredentialSignedWithThePartnersDid() throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        IssueBadge award = IssueBadges.to(people.fresh("Vera"), badge("expert-numerique").id());
        UUID endorsementId = UUID.randomUUID();
        endorsementIssuance.issue(new IssueEndorsement(endorsementId,
                new EndorsedSubject(EndorsedSubject.Type.ASSERTION, award.assertionId().value()), partner.id(),
                "Vera ran our museum's digital workshop.", "Marie Curie", "Director", Instant.now()));
        assertions.issue(award);

        JsonNode credential = document("/ob/v3/credentials/" + award.assertionId());
        JsonNode endorsement = credential.at("/endorsement/0");

        assertThat(endorsement).isEqualTo(document("/ob/v3/endorsements/" + endorsementId));
        assertThat(schemaErrors(Kind.ENDORSEMENT_CREDENTIAL, endorsement)).isEmpty();
        assertThat(endorsement.at("/issuer/id").asText())
                .isEqualTo("did:web:localhost%3A8080:ob:v3:partners:" + partner.id().value());
        assertThat(endorsement.at("/credentialSubject/id").asText()).isEqualTo(credential.path("id").asText());
        assertThat(endorsement.at("/credentialSubject/endorsementComment").asText()).startsWith("Vera ran");
        String method = endorsement.at("/proof/verificationMethod").asText();
        assertThat(DataIntegrityProof.verify(endorsement, endorsement.path("proof"), multikey(method))).isTrue();
        assertThat(schemaErrors(Kind.ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
    }

    @Test
    void endorsementsOfTheBadgeClassAndOfTheIssuerAreEmbeddedInTheAchievementAndTheProfileAndVerify()
            throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        BadgeClass creatif = badge("creatif");
        UUID ofClass = endorse(partner, EndorsedSubject.Type.BADGE_CLASS, creatif.id().value(), "Real creativity.");
        UUID ofIssuer = endorse(partner, EndorsedSubject.Type.ISSUER, creatif.issuerId().value(), "A fair network.");
        Member holder = people.fresh("Xena");

        JsonNode credential = document("/ob/v3/credentials/" + issue(holder, "creatif").id());

        JsonNode achievement = credential.at("/credentialSubject/achievement");
        assertThat(achievement.path("endorsement")).contains(document("/ob/v3/endorsements/" + ofClass));
        assertThat(credential.at("/issuer/endorsement")).contains(document("/ob/v3/endorsements/" + ofIssuer));
        assertThat(document("/ob/v3/endorsements/" + ofClass).at("/credentialSubject/id").asText())
                .isEqualTo(achievement.path("id").asText());
        assertThat(document("/ob/v3/endorsements/" + ofIssuer).at("/credentialSubject/id").asText())
                .isEqualTo(credential.at("/issuer/id").asText());
        assertThat(schemaErrors(Kind.ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
        VerificationReport report = verifier.verify(new VerificationRequest(
                new VerificationRequest.Pasted(credential.toString()), holder.email(), Locale.ENGLISH));
        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.checks()).filteredOn(check -> check.name().equals("endorsement")).hasSizeGreaterThan(1)
                .allSatisfy(check -> assertThat(check.passed()).isTrue());
    }

    @Test
    void aCredentialEmbedsOnlyTheTenNewestEndorsementsOfItsBadgeClass() throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        BadgeClass sentinelle = badge("sentinelle");
        Instant first = Instant.parse("2026-01-01T09:00:00Z");
        for (int i = 0; i < 11; i++) {
            endorsementIssuance.issue(new IssueEndorsement(UUID.randomUUID(), new EndorsedSubject(
                    EndorsedSubject.Type.BADGE_CLASS, sentinelle.id().value()), partner.id(), "Endorsement " + i,
                    "Marie Curie", "Director", first.plusSeconds(60L * i)));
        }

        JsonNode credential = document("/ob/v3/credentials/" + issue(people.fresh("Yves"), "sentinelle").id());

        JsonNode embedded = credential.at("/credentialSubject/achievement/endorsement");
        assertThat(embedded).hasSize(10);
        assertThat(embedded.get(0).at("/credentialSubject/endorsementComment").asText()).isEqualTo("Endorsement 1");
        assertThat(embedded.get(9).at("/credentialSubject/endorsementComment").asText()).isEqualTo("Endorsement 10");
    }

    private UUID endorse(PartnerOrganisation partner, EndorsedSubject.Type type, UUID subject, String comment) {
        UUID id = UUID.randomUUID();
        endorsementIssuance.issue(new IssueEndorsement(id, new EndorsedSubject(type, subject), partner.id(), comment,
                "Marie Curie", "Director", Instant.now()));
        return id;
    }

    @Test
    void theIssuersLogoUploadedByAnAdminIsTheImageOfItsProfilesAndARefusedOneChangesNothing() throws Exception {
        UUID issuer = badge("eco-citoyen").issuerId().value();

        http.perform(logo(issuer, "logo.svg", TestImages.svgWithScript()).with(httpBasic("admin", "demo"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("logo"))
                .andExpect(jsonPath("$.code").value("issuer.logo.svg-script"))
                .andExpect(jsonPath("$.detail").value(startsWith("Cette image SVG contient des scripts")));
        http.perform(logo(issuer, "logo.png", TestImages.png()).with(httpBasic("alice", "demo")))
                .andExpect(status().isForbidden());
        String version = json.readTree(http.perform(logo(issuer, "logo.png", TestImages.png())
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).path("logoVersion").asText();

        String image = BASE + "/api/v1/issuers/" + issuer + "/logo?v=" + version;
        JsonNode credential = document("/ob/v3/credentials/" + issue(people.fresh("Wes"), "eco-citoyen").id());
        assertThat(credential.at("/issuer/image/id").asText()).isEqualTo(image);
        assertThat(credential.at("/issuer/image/type").asText()).isEqualTo("Image");
        assertThat(schemaErrors(Kind.ACHIEVEMENT_CREDENTIAL, credential)).isEmpty();
        assertThat(document("/ob/v2/issuers/" + issuer).path("image").asText()).isEqualTo(image);
        http.perform(get("/api/v1/issuers/{id}/logo", issuer)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.IMAGE_PNG_VALUE));
        http.perform(get("/api/v1/issuers/{id}/logo", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void unknownOrMalformedAddressesAre404Or400NeverAnError() throws Exception {
        UUID issuer = badge("citoyen").issuerId().value();
        UUID unknown = UUID.randomUUID();

        http.perform(get("/ob/v3/credentials/{id}", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/credentials/{id}.jwt", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/credentials/{id}/image.png", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/credentials/not-an-id")).andExpect(status().isBadRequest());
        http.perform(get("/ob/v3/issuers/{id}/did.json", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/partners/{id}/did.json", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/endorsements/{id}", unknown)).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/issuers/{id}/status/{list}", issuer, "-1")).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/issuers/{id}/status/{list}", issuer, "7")).andExpect(status().isNotFound());
        http.perform(get("/ob/v3/issuers/{id}/status/{list}", issuer, "99999999999"))
                .andExpect(status().isBadRequest());
        http.perform(get("/ob/v3/issuers/{id}/status/{list}", issuer, "x")).andExpect(status().isBadRequest());
        http.perform(get("/ob/v3/issuers/{id}/status/{list}", unknown, "0")).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder logo(UUID issuer, String name, byte[] content) {
        return multipart(HttpMethod.PUT, "/api/v1/admin/issuers/{id}/logo", issuer)
                .file(new MockMultipartFile("file", name, name.endsWith(".svg") ? "image/svg+xml" : "image/png",
                        content));
    }

    /** The bit, read from the status list after checking the list's own proof by the issuer. */
    private boolean isSet(String listUrl, long index) throws Exception {
        JsonNode list = document(listUrl.substring(BASE.length()));
        assertThat(DataIntegrityProof.verify(list, list.path("proof"),
                multikey(list.at("/proof/verificationMethod").asText()))).isTrue();
        return BitstringStatusList.isSet(list.at("/credentialSubject/encodedList").asText(), index);
    }

    private PublicKey multikey(String verificationMethod) throws Exception {
        JsonNode method = verificationMethod(verificationMethod);
        assertThat(method.path("type").asText()).isEqualTo("Multikey");
        return Ed25519.fromMultikey(method.path("publicKeyMultibase").asText());
    }

    /** The method as the DID document of its did:web lists it, among its assertion methods. */
    private JsonNode verificationMethod(String id) throws Exception {
        String did = id.substring(0, id.indexOf('#'));
        String path = "/" + did.substring("did:web:localhost%3A8080:".length()).replace(':', '/') + "/did.json";
        JsonNode document = document(path);
        assertThat(document.path("id").asText()).isEqualTo(did);
        assertThat(document.path("assertionMethod").toString()).contains(id);
        for (JsonNode method : document.path("verificationMethod")) {
            if (method.path("id").asText().equals(id)) {
                assertThat(method.path("controller").asText()).isEqualTo(did);
                return method;
            }
        }
        throw new AssertionError(id + " is not in " + document);
    }

    private static List<String> schemaErrors(Kind schema, JsonNode document) {
        return OpenBadgesSchemas.problems(document, schema, Locale.ENGLISH);
    }

    private IssuedBadge issue(Member holder, String badgeKey) {
        return assertions.issue(IssueBadges.to(holder, badge(badgeKey).id())).badge();
    }

    private BadgeClass badge(String key) {
        return badgeClasses.findByKey(key).orElseThrow();
    }

    private String text(String path) throws Exception {
        return new String(http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private JsonNode document(String path) throws Exception {
        return json.readTree(text(path));
    }
}
