package org.accolade.endorsement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.PartnerRequests.Asked;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.MutableClock;
import org.accolade.shared.SecretToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The partner's token endpoints over HTTP, anonymous as a partner is, with the token read from the emailed link.
 * Every attack on a token is refused and leaves the requests as they were. The application's clock is a
 * {@link MutableClock}, so that tests move past a link's expiry and past the rate limit's window.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:endorsement-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@Import(EndorsementApiTest.TestClock.class)
@DirtiesContext
class EndorsementApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2025-03-12T08:00:00Z"));
        }
    }

    private static final Map<String, Object> ENDORSE = Map.of("decision", "endorse",
            "comment", "We recruit young people who hold this badge.", "endorserName", "Paula Partner",
            "endorserRole", "Head of training");

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private MessageSource messages;
    @Autowired
    private MutableClock clock;

    private People people;
    private PartnerRequests partners;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        partners = new PartnerRequests(partnerService, outbox, delivery, endorsements, people);
        // Every test starts with a fresh rate-limit window: all of them call from the same address.
        clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void aPartnerReadsWhatIsAskedAndEndorsesWithTheLinkOfTheEmail() {
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        Asked asked = partners.ask("Entreprise", citoyen());

        ResponseEntity<JsonNode> described = get(asked.token(), "en");
        assertThat(described.getStatusCode().value()).isEqualTo(200);
        assertThat(described.getBody().path("partnerName").asText()).isEqualTo(asked.partner().name());
        assertThat(described.getBody().path("subjectType").asText()).isEqualTo("BADGE_CLASS");
        assertThat(described.getBody().path("badge").path("name").asText()).isEqualTo(citoyen.name());
        assertThat(described.getBody().path("formId").asText()).isEqualTo("endorse");

        ResponseEntity<JsonNode> decided = post(asked.token(), ENDORSE, "en");
        assertThat(decided.getStatusCode().value()).isEqualTo(200);
        assertThat(decided.getBody().path("status").asText()).isEqualTo("ENDORSED");
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(partners.endorsementsBy(asked.partner(), citoyen())).singleElement().satisfies(endorsement -> {
            assertThat(endorsement.id().toString()).isEqualTo(decided.getBody().path("endorsementId").asText());
            assertThat(endorsement.comment()).isEqualTo(ENDORSE.get("comment"));
        });
    }

    @Test
    void aReusedTokenIsGoneAndChangesNothing() {
        Asked asked = partners.ask("Musée", citoyen());
        assertThat(post(asked.token(), ENDORSE, "en").getStatusCode().value()).isEqualTo(200);

        refused(post(asked.token(), Map.of("decision", "decline", "comment", "Changed our mind.",
                "endorserName", "Someone Else"), "fr"), 410, "endorsement.used", Locale.FRENCH);
        refused(get(asked.token(), "en"), 410, "endorsement.used", Locale.ENGLISH);

        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(partners.endorsementsBy(asked.partner(), citoyen())).singleElement()
                .satisfies(endorsement -> assertThat(endorsement.endorserName()).isEqualTo("Paula Partner"));
    }

    @Test
    void aForgedTokenIsUnknownAndChangesNothing() {
        Asked asked = partners.ask("Association", citoyen());
        String forged = SecretToken.generate();

        refused(get(forged, "fr"), 404, "endorsement.unknown", Locale.FRENCH);
        refused(post(forged, ENDORSE, "en"), 404, "endorsement.unknown", Locale.ENGLISH);
        refused(post("not-even-a-token", ENDORSE, "en"), 404, "endorsement.unknown", Locale.ENGLISH);

        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.PENDING);
        assertThat(get(asked.token(), "en").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aTokenPastItsExpiryIsGoneAndChangesNothing() {
        Asked asked = partners.ask("Collectivité", citoyen());

        clock.advance(Duration.ofDays(21));

        refused(get(asked.token(), "fr"), 410, "endorsement.expired", Locale.FRENCH);
        refused(post(asked.token(), ENDORSE, "en"), 410, "endorsement.expired", Locale.ENGLISH);
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.PENDING);
        assertThat(partners.endorsementsBy(asked.partner(), citoyen())).isEmpty();
    }

    @Test
    void aTokenOnlyEverActsOnItsOwnRequest() {
        Asked first = partners.ask("Première", citoyen());
        Asked second = partners.ask("Seconde", citoyen());

        assertThat(post(second.token(), ENDORSE, "en").getStatusCode().value()).isEqualTo(200);

        assertThat(partners.statusOf(second.request())).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(partners.statusOf(first.request())).isEqualTo(EndorsementStatus.PENDING);
        assertThat(partners.endorsementsBy(first.partner(), citoyen())).isEmpty();
        assertThat(partners.endorsementsBy(second.partner(), citoyen())).hasSize(1);
        assertThat(get(first.token(), "en").getBody().path("partnerName").asText()).isEqualTo(first.partner().name());
        refused(get(second.token(), "en"), 410, "endorsement.used", Locale.ENGLISH);
    }

    @Test
    void anInvalidAnswerGetsOneFrenchMessagePerFieldAndChangesNothing() {
        Asked asked = partners.ask("Fondation", citoyen());

        ResponseEntity<JsonNode> refusal = post(asked.token(), Map.of("decision", "maybe", "comment", "x".repeat(2001),
                "endorserRole", "r".repeat(201)), "fr");

        assertThat(refusal.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = refusal.getBody().path("errors");
        assertThat(errors.path("comment").asText())
                .isEqualTo(messages.getMessage("validation.maxLength", new Object[] { 2000 }, Locale.FRENCH));
        assertThat(errors.path("endorserName").asText())
                .isEqualTo(messages.getMessage("validation.required", null, Locale.FRENCH));
        assertThat(errors.path("endorserRole").asText())
                .isEqualTo(messages.getMessage("validation.maxLength", new Object[] { 200 }, Locale.FRENCH));
        assertThat(errors.path("decision").asText())
                .isEqualTo(messages.getMessage("validation.option", null, Locale.FRENCH));
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.PENDING);
        assertThat(get(asked.token(), "en").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedUntilTheMinuteHasPassed() {
        String token = partners.ask("Entreprise", citoyen()).token();

        for (int attempt = 0; attempt < 30; attempt++) {
            assertThat(get(SecretToken.generate(), "en").getStatusCode().value()).isEqualTo(404);
        }
        ResponseEntity<JsonNode> limited = get(token, "fr");

        assertThat(limited.getStatusCode().value()).isEqualTo(429);
        assertThat(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        assertThat(limited.getBody().path("detail").asText()).isEqualTo(
                messages.getMessage("problem.endorsement.too-many-attempts", null, Locale.FRENCH));
        assertThat(post(token, ENDORSE, "en").getStatusCode().value()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(1));
        assertThat(get(token, "en").getStatusCode().value()).isEqualTo(200);
    }

    private EndorsedSubject citoyen() {
        return EndorsedSubject.badgeClass(badgeClasses.findByKey("citoyen").orElseThrow().id());
    }

    private ResponseEntity<JsonNode> get(String token, String language) {
        return rest.exchange("/api/v1/endorsements/" + token, HttpMethod.GET, new HttpEntity<>(headers(language)),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String token, Map<String, ?> body, String language) {
        return rest.exchange("/api/v1/endorsements/" + token, HttpMethod.POST,
                new HttpEntity<>(body, headers(language)), JsonNode.class);
    }

    private static HttpHeaders headers(String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        return headers;
    }

    /** The refusal's status and code, and its message in the caller's language. */
    private void refused(ResponseEntity<JsonNode> response, int status, String code, Locale language) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
        assertThat(response.getBody().path("detail").asText())
                .isEqualTo(messages.getMessage("problem." + code, null, language));
    }
}
