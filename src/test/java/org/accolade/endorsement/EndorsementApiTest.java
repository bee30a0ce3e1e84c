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
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
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
    private MessageSource messages;
    @Autowired
    private MutableClock clock;

    private People people;
    private EndorsementLinks links;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        links = new EndorsementLinks(partnerService, outbox);
        // Every test starts with a fresh rate-limit window: all of them call from the same address.
        clock.advance(Duration.ofMinutes(2));
    }

    @Test
    void aPartnerReadsWhatIsAskedAndEndorsesWithTheLinkOfTheEmail() {
        PartnerOrganisation partner = links.freshPartner("Entreprise");
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId request = ask(partner, EndorsementSubject.badgeClass(citoyen.id()));
        String token = links.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

        ResponseEntity<JsonNode> asked = get(token, "en");
        assertThat(asked.getStatusCode().value()).isEqualTo(200);
        assertThat(asked.getBody().path("partnerName").asText()).isEqualTo(partner.name());
        assertThat(asked.getBody().path("subjectType").asText()).isEqualTo("BADGE_CLASS");
        assertThat(asked.getBody().path("badge").path("name").asText()).isEqualTo(citoyen.name());
        assertThat(asked.getBody().path("formId").asText()).isEqualTo("endorse");

        ResponseEntity<JsonNode> decided = post(token, ENDORSE, "en");
        assertThat(decided.getStatusCode().value()).isEqualTo(200);
        assertThat(decided.getBody().path("status").asText()).isEqualTo("ENDORSED");
        assertThat(statusOf(request)).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(endorsementsBy(partner, citoyen)).singleElement().satisfies(endorsement -> {
            assertThat(endorsement.id().toString()).isEqualTo(decided.getBody().path("endorsementId").asText());
            assertThat(endorsement.comment()).isEqualTo(ENDORSE.get("comment"));
        });
    }

    @Test
    void aReusedTokenIsGoneAndChangesNothing() {
        PartnerOrganisation partner = links.freshPartner("Musée");
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId request = ask(partner, EndorsementSubject.badgeClass(citoyen.id()));
        String token = links.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);
        assertThat(post(token, ENDORSE, "en").getStatusCode().value()).isEqualTo(200);

        refused(post(token, Map.of("decision", "decline", "comment", "Changed our mind.",
                "endorserName", "Someone Else"), "fr"), 410, "endorsement.used", Locale.FRENCH);
        refused(get(token, "en"), 410, "endorsement.used", Locale.ENGLISH);

        assertThat(statusOf(request)).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(endorsementsBy(partner, citoyen)).singleElement()
                .satisfies(endorsement -> assertThat(endorsement.endorserName()).isEqualTo("Paula Partner"));
    }

    @Test
    void aForgedTokenIsUnknownAndChangesNothing() {
        PartnerOrganisation partner = links.freshPartner("Association");
        EndorsementRequestId request = ask(partner, EndorsementSubject.badgeClass(
                badgeClasses.findByKey("solidaire").orElseThrow().id()));
        String forged = SecretToken.generate();

        refused(get(forged, "fr"), 404, "endorsement.unknown", Locale.FRENCH);
        refused(post(forged, ENDORSE, "en"), 404, "endorsement.unknown", Locale.ENGLISH);
        refused(post("not-even-a-token", ENDORSE, "en"), 404, "endorsement.unknown", Locale.ENGLISH);

        assertThat(statusOf(request)).isEqualTo(EndorsementStatus.PENDING);
    }

    @Test
    void aTokenPastItsExpiryIsGoneAndChangesNothing() {
        PartnerOrganisation partner = links.freshPartner("Collectivité");
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId request = ask(partner, EndorsementSubject.badgeClass(citoyen.id()));
        String token = links.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

        clock.advance(Duration.ofDays(21));

        refused(get(token, "fr"), 410, "endorsement.expired", Locale.FRENCH);
        refused(post(token, ENDORSE, "en"), 410, "endorsement.expired", Locale.ENGLISH);
        assertThat(statusOf(request)).isEqualTo(EndorsementStatus.PENDING);
        assertThat(endorsementsBy(partner, citoyen)).isEmpty();
    }

    @Test
    void aTokenOnlyEverActsOnItsOwnRequest() {
        PartnerOrganisation first = links.freshPartner("Première");
        PartnerOrganisation second = links.freshPartner("Seconde");
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId firstRequest = ask(first, EndorsementSubject.badgeClass(citoyen.id()));
        EndorsementRequestId secondRequest = ask(second, EndorsementSubject.badgeClass(citoyen.id()));
        String firstToken = links.latestToken(first, MailTemplate.ENDORSEMENT_REQUESTED);
        String secondToken = links.latestToken(second, MailTemplate.ENDORSEMENT_REQUESTED);

        assertThat(post(secondToken, ENDORSE, "en").getStatusCode().value()).isEqualTo(200);

        assertThat(statusOf(secondRequest)).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(statusOf(firstRequest)).isEqualTo(EndorsementStatus.PENDING);
        assertThat(endorsementsBy(first, citoyen)).isEmpty();
        assertThat(endorsementsBy(second, citoyen)).hasSize(1);
        assertThat(get(firstToken, "en").getBody().path("partnerName").asText()).isEqualTo(first.name());
        refused(get(secondToken, "en"), 410, "endorsement.used", Locale.ENGLISH);
    }

    @Test
    void anInvalidAnswerGetsOneFrenchMessagePerFieldAndChangesNothing() {
        PartnerOrganisation partner = links.freshPartner("Fondation");
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        EndorsementRequestId request = ask(partner, EndorsementSubject.badgeClass(citoyen.id()));
        String token = links.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

        ResponseEntity<JsonNode> refusal = post(token, Map.of("decision", "maybe", "comment", "x".repeat(2001),
                "endorserRole", "r".repeat(201)), "fr");

        assertThat(refusal.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = refusal.getBody().path("errors");
        assertThat(errors.path("comment").asText())
                .isEqualTo(messages.getMessage("validation.maxLength", new Object[] { 2000 }, Locale.FRENCH));
        assertThat(errors.path("endorserName").asText())
                .isEqualTo(messages.getMessage("validation.required", null, Locale.FRENCH));
        assertThat(errors.path("endorserRole").asText())
                .isEqualTo(messages.getMessage("validation.maxLength", new Object[] { 200 }, Locale.FRENCH));
        assertThat(errors.path("decision").asText()).isNotBlank();
        assertThat(statusOf(request)).isEqualTo(EndorsementStatus.PENDING);
        assertThat(get(token, "en").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedUntilTheMinuteHasPassed() {
        PartnerOrganisation partner = links.freshPartner("Entreprise");
        ask(partner, EndorsementSubject.badgeClass(badgeClasses.findByKey("citoyen").orElseThrow().id()));
        String token = links.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

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

    private EndorsementRequestId ask(PartnerOrganisation partner, EndorsementSubject subject) {
        return people.as("admin", () -> endorsements.request(partner.id(), subject));
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

    private EndorsementStatus statusOf(EndorsementRequestId request) {
        return people.as("admin", () -> endorsements.page(null, 0, 200)).stream()
                .filter(summary -> summary.id().equals(request)).findFirst().orElseThrow().status();
    }

    private List<Endorsement> endorsementsBy(PartnerOrganisation partner, BadgeClass badgeClass) {
        return endorsements.endorsementsOf(SubjectType.BADGE_CLASS, badgeClass.id().value()).stream()
                .filter(endorsement -> endorsement.partnerId().equals(partner.id())).toList();
    }
}
