package org.accolade.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The hosted Open Badges 2.0 objects of DESIGN section 4, read as a verifier reads them: over HTTP with the real
 * security filters, and expanded as JSON-LD with the official 2.0 context.
 */
@SharedApplicationTest
class OpenBadgesHostingTest {

    static final String OB = "https://w3id.org/openbadges#";
    static final String SCHEMA = "http://schema.org/";
    static final String SEC = "https://w3id.org/security#";
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
    private SentMail sentMail;
    @Autowired
    private PartnerService partners;
    @Autowired
    private EndorsementIssuance endorsementIssuance;

    private final ObjectMapper json = new ObjectMapper();
    private MockMvc http;
    private People people;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        people = new People(members, users);
    }

    @Test
    void theAssertionIsJsonLdWithEveryPropertyTheSpecificationRequires() throws Exception {
        Member holder = people.fresh("Hana");
        IssuedBadge badge = issue(holder, "citoyen");

        String body = http.perform(get("/ob/v2/assertions/{id}", badge.id()).accept("application/ld+json"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/ld+json"))
                .andReturn().getResponse().getContentAsString();

        JsonObject assertion = single(OfflineJsonLd.expand(body));
        assertThat(assertion.getString("@id")).isEqualTo(BASE + "/ob/v2/assertions/" + badge.id());
        assertThat(types(assertion)).containsExactly(OB + "Assertion");
        assertThat(id(assertion, OB + "badge")).isEqualTo(BASE + "/ob/v2/badges/" + badge.badgeClassId());
        assertThat(value(assertion, OB + "issueDate")).isEqualTo(badge.issuedOn().toString());
        assertThat(id(assertion, SCHEMA + "image")).endsWith("/ob/v2/assertions/" + badge.id() + "/image.png");
        assertThat(types(object(assertion, OB + "verify"))).containsExactly(OB + "HostedBadge");
        assertThat(value(assertion, OB + "narrative")).contains("3 of 3 jurors approved");

        JsonObject recipient = object(assertion, OB + "recipient");
        RecipientHash hash = new RecipientHash(value(recipient, OB + "identityHash"), value(recipient, OB + "salt"));
        assertThat(hash.matches(holder.email().toUpperCase())).isTrue();
        assertThat(value(recipient, OB + "identityHash")).startsWith("sha256$").doesNotContain(holder.email());

        JsonArray evidence = assertion.getJsonArray(OB + "evidence");
        assertThat(evidence).hasSize(3);
        assertThat(value(evidence.getJsonObject(0), OB + "narrative")).isEqualTo("I ran the school's recycling week.");
        assertThat(evidence.getJsonObject(1).getString("@id")).isEqualTo("https://example.org/recycling-week");
    }

    @Test
    void evidenceTheHolderDidNotAgreeToShowStaysOutOfTheAssertion() throws Exception {
        Member holder = people.fresh("Ines");
        IssueBadge shown = IssueBadges.to(holder, badge("solidaire").id());
        IssueBadge hidden = new IssueBadge(shown.assertionId(), shown.nominationId(), shown.badgeClassId(),
                shown.recipient(), shown.recipientEmail(), shown.narrative(), shown.evidenceNarrative(),
                shown.evidence(), false, java.util.Locale.FRENCH);
        IssuedBadge badge = assertions.issue(hidden).badge();

        JsonNode assertion = document("/ob/v2/assertions/" + badge.id());

        assertThat(assertion.path("evidence")).hasSize(1);
        assertThat(assertion.path("evidence").get(0).path("narrative").asText())
                .startsWith("Le jury a examiné").doesNotContain("recycling");
        assertThat(assertion.toString()).doesNotContain("example.org/recycling-week");
    }

    @Test
    void plainJsonIsServedToWhoeverAsksForJsonAndABrowserIsSentToTheHumanPage() throws Exception {
        IssuedBadge badge = issue(people.fresh("Jade"), "citoyen");

        http.perform(get("/ob/v2/assertions/{id}", badge.id()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
                .andExpect(jsonPath("$['@context']").value("https://w3id.org/openbadges/v2"));
        http.perform(get("/ob/v2/assertions/{id}", badge.id()).header(HttpHeaders.ACCEPT,
                "text/html,application/xhtml+xml,*/*;q=0.8"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, BASE + "/badges/" + badge.id()));
    }

    @Test
    void theBadgeClassCarriesCriteriaImageTagsAlignmentsAndItsIssuer() throws Exception {
        BadgeClass citoyen = badge("citoyen");

        JsonObject badgeClass = single(OfflineJsonLd.expand(text("/ob/v2/badges/" + citoyen.id())));

        assertThat(types(badgeClass)).containsExactly(OB + "BadgeClass");
        assertThat(value(badgeClass, SCHEMA + "name")).isEqualTo("Citoyen");
        assertThat(value(badgeClass, SCHEMA + "description")).isEqualTo(citoyen.description());
        assertThat(id(badgeClass, SCHEMA + "image"))
                .isEqualTo(BASE + "/api/v1/badge-classes/" + citoyen.id() + "/image");
        JsonObject criteria = object(badgeClass, OB + "criteria");
        assertThat(criteria.getString("@id")).isEqualTo(BASE + "/badge-classes/" + citoyen.id());
        assertThat(value(criteria, OB + "narrative")).isEqualTo(citoyen.criteria());
        assertThat(id(badgeClass, OB + "issuer")).isEqualTo(BASE + "/ob/v2/issuers/" + citoyen.issuerId());
        JsonObject alignment = object(badgeClass, OB + "alignment");
        assertThat(value(alignment, SCHEMA + "targetName")).isEqualTo(citoyen.alignments().get(0).targetName());
        assertThat(alignment.getJsonArray(SCHEMA + "targetUrl")).isNotEmpty();
    }

    @Test
    void theIssuerProfileNamesItsRevocationList() throws Exception {
        BadgeClass citoyen = badge("citoyen");

        JsonObject issuer = single(OfflineJsonLd.expand(text("/ob/v2/issuers/" + citoyen.issuerId())));

        assertThat(types(issuer)).containsExactly(OB + "Profile");
        assertThat(value(issuer, SCHEMA + "name")).isEqualTo("Collège démo des Trois-Clochers");
        assertThat(id(issuer, SCHEMA + "url")).startsWith("http");
        assertThat(value(issuer, SCHEMA + "email")).contains("@");
        assertThat(id(issuer, OB + "revocationList"))
                .isEqualTo(BASE + "/ob/v2/issuers/" + citoyen.issuerId() + "/revocations");
    }

    @Test
    void aPartnerOrganisationHasItsOwnProfileAsTheIssuerOfItsEndorsements() throws Exception {
        PartnerOrganisation partner = partners.all().stream()
                .filter(organisation -> organisation.email().equals("partner@example.org")).findFirst().orElseThrow();

        JsonObject profile = single(OfflineJsonLd.expand(text("/ob/v2/issuers/" + partner.id().value())));

        assertThat(types(profile)).containsExactly(OB + "Profile");
        assertThat(value(profile, SCHEMA + "name")).isEqualTo(partner.name());
        assertThat(id(profile, SCHEMA + "url")).isEqualTo(partner.website());
        assertThat(value(profile, SCHEMA + "email")).isEqualTo("partner@example.org");
    }

    @Test
    void anEndorsementIsHostedIssuedByThePartnerAndListedByWhatItEndorses() throws Exception {
        PartnerOrganisation partner = partners.all().get(0);
        IssuedBadge badge = issue(people.fresh("Rita"), "expert-numerique");
        UUID id = UUID.randomUUID();
        IssueEndorsement endorsement = new IssueEndorsement(id,
                new EndorsedSubject(EndorsedSubject.Type.ASSERTION, badge.id().value()), partner.id(),
                "Rita led our museum's digital workshop with great skill.", "Marie Curie", "Director",
                java.time.Instant.parse("2026-11-20T10:15:30.123Z"));
        endorsementIssuance.issue(endorsement);
        endorsementIssuance.issue(endorsement);

        JsonObject expanded = single(OfflineJsonLd.expand(text("/ob/v2/endorsements/" + id)));

        assertThat(types(expanded)).containsExactly("https://w3id.org/credentials#Credential");
        JsonObject claim = object(expanded, "https://w3id.org/credentials#claim");
        assertThat(claim.getString("@id")).isEqualTo(BASE + "/ob/v2/assertions/" + badge.id());
        assertThat(value(claim, OB + "endorsementComment")).startsWith("Rita led");
        assertThat(id(expanded, OB + "issuer")).isEqualTo(BASE + "/ob/v2/issuers/" + partner.id().value());
        assertThat(value(expanded, OB + "issueDate")).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(document("/ob/v2/assertions/" + badge.id()).path("endorsement").get(0).asText())
                .isEqualTo(BASE + "/ob/v2/endorsements/" + id);
        assertThat(document("/ob/v2/assertions/" + badge.id()).path("endorsement")).hasSize(1);
        http.perform(get("/ob/v2/endorsements/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aRevokedAssertionAnswers410WithItsReasonAndIsOnTheRevocationList() throws Exception {
        Member holder = people.fresh("Kim");
        IssuedBadge badge = issue(holder, "creatif");
        String revoke = "/api/v1/assertions/" + badge.id() + "/revoke";

        http.perform(post(revoke).with(httpBasic(holder.email(), People.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"mine\"}"))
                .andExpect(status().isForbidden());
        http.perform(post(revoke).with(httpBasic("admin", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("motif")));
        http.perform(post(revoke).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Issued to the wrong person.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revocationReason").value("Issued to the wrong person."));

        http.perform(get("/ob/v2/assertions/{id}", badge.id()).accept("application/ld+json"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.revoked").value(true))
                .andExpect(jsonPath("$.revocationReason").value("Issued to the wrong person."));
        JsonNode list = document("/ob/v2/issuers/" + badge("creatif").issuerId() + "/revocations");
        assertThat(list.path("type").asText()).isEqualTo("RevocationList");
        assertThat(list.path("revokedAssertions").findValuesAsText("id"))
                .contains(BASE + "/ob/v2/assertions/" + badge.id());
        assertThat(sentMail.to(holder.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo("BADGE_REVOKED");
            assertThat(mail.body()).contains("Issued to the wrong person.");
        });
        http.perform(post(revoke).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Again.\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theBakedPngAndSvgCarryExactlyTheHostedAssertion() throws Exception {
        IssuedBadge badge = issue(people.fresh("Lou"), "citoyen");
        String hosted = text("/ob/v2/assertions/" + badge.id());

        byte[] png = http.perform(get("/ob/v2/assertions/{id}/image.png", badge.id()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] svg = http.perform(get("/ob/v2/assertions/{id}/image.svg", badge.id()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new PngBaker().read(png, PngBaker.OPEN_BADGES_2)).contains(hosted);
        assertThat(new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2)
                .read(new String(svg, java.nio.charset.StandardCharsets.UTF_8))).contains(hosted);
    }

    @Test
    void unknownAssertionsAndDraftBadgeClassesAreNotFound() throws Exception {
        http.perform(get("/ob/v2/assertions/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        http.perform(get("/ob/v2/assertions/{id}/image.png", java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound());
        http.perform(get("/ob/v2/badges/not-a-uuid")).andExpect(status().isBadRequest());
    }

    private IssuedBadge issue(Member holder, String badgeKey) {
        return assertions.issue(IssueBadges.to(holder, badge(badgeKey).id())).badge();
    }

    private BadgeClass badge(String key) {
        return badgeClasses.findByKey(key).orElseThrow();
    }

    private String text(String path) throws Exception {
        return http.perform(get(path).accept("application/ld+json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private JsonNode document(String path) throws Exception {
        return json.readTree(text(path));
    }

    static JsonObject single(JsonArray expanded) {
        assertThat(expanded).hasSize(1);
        return expanded.getJsonObject(0);
    }

    static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    static JsonObject object(JsonObject node, String property) {
        assertThat(node.containsKey(property)).as(property).isTrue();
        return node.getJsonArray(property).getJsonObject(0);
    }

    static String value(JsonObject node, String property) {
        return object(node, property).getString("@value");
    }

    static String id(JsonObject node, String property) {
        return object(node, property).getString("@id");
    }
}
