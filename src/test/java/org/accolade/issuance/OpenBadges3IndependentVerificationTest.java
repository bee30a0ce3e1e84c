package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.IndependentVerifiers;
import org.accolade.IndependentVerifiers.Verification;
import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Accolade issues, verified by software that is not Accolade's: Digital Bazaar's and the Digital Credentials
 * Consortium's verifiers, jose for the VC-JWT and ajv with the official schema, run by Node with the contexts read
 * offline. They get the issuer's DID document and status list as Accolade serves them.
 */
@SharedApplicationTest
class OpenBadges3IndependentVerificationTest {

    private static final String BASE = "http://localhost:8080";

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
    private CredentialKeyService keys;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void theCredentialAndItsJwtAreAcceptedByTheIndependentVerifiersAndTheOfficialSchema() throws Exception {
        IssuedBadge badge = issue("Wanda", "citoyen");
        JsonNode credential = document(BASE + "/ob/v3/credentials/" + badge.id());
        Map<String, JsonNode> documents = documentsOf(credential);

        Verification json = IndependentVerifiers.verify(credential, documents, "achievement", true);
        assertThat(json.digitalBazaarVerified()).as(json.toString()).isTrue();
        assertThat(json.dccVerified()).as(json.toString()).isTrue();
        assertThat(json.schemaValid()).as(json.toString()).isTrue();
        assertThat(json.revoked()).as(json.toString()).isFalse();

        String jwt = text("/ob/v3/credentials/" + badge.id() + ".jwt");
        Verification token = IndependentVerifiers.verify(jwt, documents, "achievement", false);
        assertThat(token.jwtVerified()).as(token.toString()).isTrue();
        assertThat(token.schemaValid()).as(token.toString()).isTrue();
    }

    @Test
    void aTamperedCredentialIsRefusedByEveryIndependentVerifier() throws Exception {
        IssuedBadge badge = issue("Xavier", "solidaire");
        ObjectNode credential = (ObjectNode) document(BASE + "/ob/v3/credentials/" + badge.id());
        Map<String, JsonNode> documents = documentsOf(credential);
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("name", "Solidaire (expert)");

        Verification result = IndependentVerifiers.verify(credential, documents, "achievement", false);

        assertThat(result.digitalBazaarVerified()).as(result.toString()).isFalse();
        assertThat(result.dccVerified()).as(result.toString()).isFalse();
    }

    @Test
    void aRevokedCredentialIsSeenRevokedThroughTheStatusListByTheIndependentVerifiers() throws Exception {
        IssuedBadge badge = issue("Yann", "citoyen");
        people.as("admin", () -> assertions.revoke(badge.id(), "Awarded to the wrong person"));
        JsonNode credential = document(BASE + "/ob/v3/credentials/" + badge.id());

        Verification result = IndependentVerifiers.verify(credential, documentsOf(credential), "achievement", true);

        assertThat(result.revoked()).as(result.toString()).isTrue();
        assertThat(result.json().path("status").path("dccRevoked").asBoolean()).as(result.toString()).isTrue();
    }

    @Test
    void aCredentialSignedBeforeAKeyRotationIsStillAcceptedWithTheNewDidDocument() throws Exception {
        IssuedBadge badge = issue("Yolande", "eco-citoyen");
        JsonNode credential = document(BASE + "/ob/v3/credentials/" + badge.id());

        people.as("admin", () -> keys.rotate(badgeClasses.findByKey("eco-citoyen").orElseThrow().issuerId()));
        Map<String, JsonNode> afterRotation = documentsOf(credential);

        assertThat(afterRotation.get(credential.at("/issuer/id").asText()).path("verificationMethod").size())
                .isGreaterThanOrEqualTo(4);
        Verification result = IndependentVerifiers.verify(credential, afterRotation, "achievement", true);
        assertThat(result.acceptedByAll()).as(result.toString()).isTrue();
    }

    @Test
    void embeddedEndorsementCredentialsOfTheAwardAndOfItsBadgeAreAcceptedOnTheirOwnWithThePartnersDid()
            throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        BadgeClass badge = badgeClasses.findByKey("expert-numerique").orElseThrow();
        IssueBadge award = IssueBadges.to(people.fresh("Zoe"), badge.id());
        endorse(partner, new EndorsedSubject(EndorsedSubject.Type.ASSERTION, award.assertionId().value()),
                "Zoe built our museum's audio guide.");
        endorse(partner, new EndorsedSubject(EndorsedSubject.Type.BADGE_CLASS, badge.id().value()),
                "This badge asks for real digital skill.");
        assertions.issue(award);
        JsonNode credential = document(BASE + "/ob/v3/credentials/" + award.assertionId());

        Verification whole = IndependentVerifiers.verify(credential, documentsOf(credential), "achievement", true);
        assertThat(whole.acceptedByAll()).as(whole.toString()).isTrue();
        for (JsonNode endorsement : List.of(credential.at("/endorsement/0"),
                credential.at("/credentialSubject/achievement/endorsement/0"))) {
            Verification alone = IndependentVerifiers.verify(endorsement, documentsOf(endorsement), "endorsement",
                    false);
            assertThat(alone.acceptedByAll()).as(alone.toString()).isTrue();
        }
    }

    private void endorse(PartnerOrganisation partner, EndorsedSubject subject, String comment) {
        endorsementIssuance.issue(new IssueEndorsement(UUID.randomUUID(), subject, partner.id(), comment,
                "Marie Curie", "Director", Instant.now()));
    }

    /** The issuer's DID document (and status list, when the credential has one), as Accolade serves them. */
    private Map<String, JsonNode> documentsOf(JsonNode credential) throws Exception {
        Map<String, JsonNode> documents = new HashMap<>();
        String did = credential.at("/issuer/id").asText();
        documents.put(did, document(BASE + "/" + did.substring("did:web:localhost%3A8080:".length()).replace(':', '/')
                + "/did.json"));
        String statusList = credential.at("/credentialStatus/statusListCredential").asText();
        if (!statusList.isEmpty()) {
            documents.put(statusList, document(statusList));
        }
        return documents;
    }

    private IssuedBadge issue(String name, String badgeKey) {
        return assertions.issue(IssueBadges.to(people.fresh(name), badgeClasses.findByKey(badgeKey).orElseThrow()
                .id())).badge();
    }

    private String text(String path) throws Exception {
        return new String(http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private JsonNode document(String url) throws Exception {
        return json.readTree(text(url.substring(BASE.length())));
    }
}
