package org.accolade.api;

import static org.accolade.Recognitions.NARRATIVE;
import static org.accolade.Recognitions.acceptance;
import static org.accolade.Recognitions.evidence;
import static org.accolade.Recognitions.verdict;
import static org.accolade.nomination.internal.RecognitionContract.ACCEPT_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.SUBMIT_EVIDENCE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.ACCEPT;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.DECISION;
import static org.accolade.nomination.internal.RecognitionContract.Answers.REJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Whole lifecycles through the REST API over HTTP, with the job executor running and mail delivered to a real
 * SMTP server (GreenMail). Subclasses run them on H2 and on PostgreSQL.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "accolade.mail.dispatch-interval=PT0.2S",
        "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=500" })
@DirtiesContext
abstract class LifecycleApiTests {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final Pattern ENDORSEMENT_LINK = Pattern.compile("/endorse/([A-Za-z0-9_-]{43})");
    private static final String PARTNER = "partner@example.org";
    private static final List<String> JURORS = List.of("claire", "david", "emma");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private JdbcClient jdbc;

    private People people;
    private ApiClient anonymous;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        anonymous = ApiClient.anonymous(rest);
    }

    @Test
    void aNewcomerInvitedByEmailCreatesTheirAccountFromTheLinkAndIsAwardedTheBadge() throws Exception {
        String newcomer = "newcomer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String nomination = nominate(alice(), newcomer, "citoyen");

        String token = invitationToken(awaitMailTo(newcomer, 1).get(0));
        JsonNode invitation = anonymous.get("/invitations/" + token).getBody();
        assertThat(invitation.path("email").asText()).isEqualTo(newcomer);
        Map<String, String> account = Map.of("name", "Nora Newcomer", "password", "a-long-password",
                "language", "fr");
        assertThat(anonymous.post("/invitations/" + token, account).getStatusCode().value()).isEqualTo(201);
        refused(anonymous.post("/invitations/" + token, account), 410, "token");

        ApiClient nora = anonymous.as(newcomer, "a-long-password");
        walkToApproval(nora, nomination);

        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(status(nora, nomination)));
        JsonNode badges = nora.get("/assertions?recipient=me").getBody();
        assertThat(badges).hasSize(1);
        assertThat(badges.get(0).path("badgeClassId").asText()).isEqualTo(badgeId("citoyen"));
        awaitMailTo(newcomer, 4);
        assertThat(subjectsTo(newcomer)).anySatisfy(subject -> assertThat(subject).contains("Citoyen", "délivré"));
        theBakedBadgeVerifies(badges.get(0).path("id").asText(), newcomer);
        theOpenBadges3CredentialIsIssuedToo(badges.get(0).path("id").asText());
        theBakedPngVerifies("/ob/v3/credentials/" + badges.get(0).path("id").asText() + "/image.png", newcomer);
    }

    /** Both standards at the end of every lifecycle: the 2.0 assertion, and the 3.0 credential as JSON and JWT. */
    private void theOpenBadges3CredentialIsIssuedToo(String assertionId) {
        JsonNode credential = credential(assertionId);
        assertThat(credential.path("type").toString()).contains("OpenBadgeCredential");
        assertThat(credential.path("name").asText()).isEqualTo("Citoyen");
        assertThat(credential.path("proof").path("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
        String jwt = rest.getForObject("/ob/v3/credentials/" + assertionId + ".jwt", String.class);
        assertThat(jwt.split("\\.")).hasSize(3);
    }

    private JsonNode credential(String assertionId) {
        return rest.getForObject("/ob/v3/credentials/" + assertionId, JsonNode.class);
    }

    /** What a verifier does with the badge its holder hands in: the PNG, dropped on POST /api/v1/verify. */
    private void theBakedBadgeVerifies(String assertionId, String holderEmail) {
        theBakedPngVerifies("/ob/v2/assertions/" + assertionId + "/image.png", holderEmail);
        String page = rest.getForObject("/badges/" + assertionId, String.class);
        assertThat(page).as("the public page, to a stranger").contains("property=\"og:title\"", "Citoyen");
    }

    private void theBakedPngVerifies(String imagePath, String holderEmail) {
        byte[] png = rest.getForObject(imagePath, byte[].class);
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(png) {
            @Override
            public String getFilename() {
                return "badge.png";
            }
        });
        form.add("email", holderEmail.toUpperCase());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "fr");

        JsonNode report = rest.postForObject("/api/v1/verify", new HttpEntity<>(form, headers), JsonNode.class);

        assertThat(report.path("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("recipientMatches").asBoolean()).isTrue();
        assertThat(report.path("checks")).isNotEmpty()
                .allSatisfy(check -> assertThat(check.path("passed").asBoolean()).as(check.toString()).isTrue());
        assertThat(report.path("badge").path("name").asText()).isEqualTo("Citoyen");
    }

    @Test
    void aPartnerEndorsesFromTheLinkInItsEmailAndTheBadgeIsIssuedCarryingTheEndorsement() throws Exception {
        Member bob = people.fresh("Bob");
        int partnerMails = mailTo(PARTNER).size();
        String nomination = nominate(alice(), bob.email(), "expert-numerique");
        walkToApproval(member(bob), nomination);

        MimeMessage request = awaitMailTo(PARTNER, partnerMails + 1).get(partnerMails);
        Matcher link = ENDORSEMENT_LINK.matcher((String) request.getContent());
        assertThat(link.find()).as("an endorsement link").isTrue();
        String token = link.group(1);
        JsonNode asked = anonymous.get("/endorsements/" + token).getBody();
        assertThat(asked.path("award").path("narrative").asText()).isEqualTo(NARRATIVE);
        ResponseEntity<JsonNode> answer = anonymous.post("/endorsements/" + token, Map.of("decision", "endorse",
                "comment", "Bob repaired our museum's kiosks with real expertise.", "endorserName", "Paula Partner",
                "endorserRole", "Head of digital"));
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);

        ApiClient holder = member(bob);
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(status(holder, nomination)));
        String assertionId = holder.get("/nominations/" + nomination).getBody().path("assertionId").asText();
        JsonNode assertion = rest.getForObject("/ob/v2/assertions/" + assertionId, JsonNode.class);
        String endorsementUrl = assertion.path("endorsement").get(0).asText();
        JsonNode endorsement = rest.getForObject(endorsementUrl.replace("http://localhost:8080", ""), JsonNode.class);
        assertThat(endorsement.path("type").asText()).isEqualTo("Endorsement");
        assertThat(endorsement.path("claim").path("id").asText()).isEqualTo(assertion.path("id").asText());
        assertThat(endorsement.path("claim").path("endorsementComment").asText()).startsWith("Bob repaired");
        JsonNode endorsementCredential = credential(assertionId).path("endorsement").get(0);
        assertThat(endorsementCredential.path("type").toString()).contains("EndorsementCredential");
        assertThat(endorsementCredential.at("/credentialSubject/endorsementComment").asText())
                .startsWith("Bob repaired");
        assertThat(endorsementCredential.at("/issuer/name").asText()).isNotBlank();
        refused(anonymous.post("/endorsements/" + token, Map.of("decision", "decline", "comment", "Changed our mind.",
                "endorserName", "Someone Else")), 410, "token");
    }

    /** Issue 10, item 2: a jury meeting in a room votes at the same instant, and every vote counts once. */
    @Test
    void threeJurorsVotingAtTheSameInstantAllSucceedAndTheBadgeIsAwarded() throws Exception {
        Member nominee = people.fresh("Sacha");
        String nomination = nominate(alice(), nominee.email(), "solidaire");
        ApiClient sacha = member(nominee);
        sacha.complete(nomination, ACCEPT_NOMINATION, acceptance(ACCEPT, true));
        sacha.complete(nomination, SUBMIT_EVIDENCE, evidence(NARRATIVE));
        Map<String, String> tasks = new LinkedHashMap<>();
        for (String juror : JURORS) {
            tasks.put(juror, demo(juror).taskOf(nomination, REVIEW_NOMINATION));
        }

        ExecutorService room = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch gavel = new CountDownLatch(1);
        List<Future<ResponseEntity<JsonNode>>> votes = tasks.entrySet().stream().map(task -> room.submit(() -> {
            ApiClient juror = demo(task.getKey());
            gavel.await();
            return juror.post("/tasks/" + task.getValue() + "/complete", verdict(APPROVE, "Agreed in the meeting."));
        })).toList();
        gavel.countDown();
        for (Future<ResponseEntity<JsonNode>> vote : votes) {
            ResponseEntity<JsonNode> answer = vote.get(1, TimeUnit.MINUTES);
            assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(204);
        }
        room.shutdown();

        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(status(sacha, nomination)));
        assertThat(jdbc.sql("select count(*) from review where nomination_id = ?")
                .param(UUID.fromString(nomination)).query(Long.class).single()).isEqualTo(3);
    }

    /** Issue 10, item 3: whatever the forms accept fits the tables and the mails, however many jurors write it. */
    @Test
    void threeRejectionsWithTheLongestCommentsTheFormAcceptsCloseTheNominationAndReachTheNomineeWhole()
            throws Exception {
        Member nominee = people.fresh("Lucie");
        String nomination = nominate(alice(), nominee.email(), "solidaire");
        ApiClient lucie = member(nominee);
        lucie.complete(nomination, ACCEPT_NOMINATION, acceptance(ACCEPT, true));
        lucie.complete(nomination, SUBMIT_EVIDENCE, evidence(NARRATIVE));

        for (String juror : JURORS) {
            demo(juror).complete(nomination, REVIEW_NOMINATION, verdict(REJECT, longComment(juror)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "REJECTED".equals(status(lucie, nomination)));
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(nominee.email()).stream()
                .map(LifecycleApiTests::text).anyMatch(mail -> JURORS.stream()
                        .allMatch(juror -> mail.contains(longComment(juror)))));
    }

    /** As long as the review form allows: 5,000 characters, in words, as a juror writes. */
    private static String longComment(String juror) {
        String words = ("The evidence from " + juror + " does not show the criteria. ").repeat(100);
        return words.substring(0, 4999) + ".";
    }

    @Test
    void refusedNominationsAnswerWithAProblemDetailNamingTheFieldAndChangeNothing() {
        Member bob = people.fresh("Bob");
        ApiClient alice = alice().speaking("fr");
        long nominations = count("nomination");
        long mails = count("mail_message");

        refused(alice.nominate(UUID.randomUUID().toString(), bob.email(), NARRATIVE), 404, "badgeClassId");
        refused(alice.nominate(draftBadgeId(), bob.email(), NARRATIVE), 400, "badgeClassId");
        ResponseEntity<JsonNode> self = alice.nominate(badgeId("citoyen"), "alice@example.org", NARRATIVE);
        refused(self, 400, "nomineeEmail");
        assertThat(self.getBody().path("detail").asText()).contains("vous-même");
        refused(alice.nominate(badgeId("citoyen"), "not-an-address", NARRATIVE), 400, "nomineeEmail");
        refused(alice.nominate(badgeId("citoyen"), bob.email(), "Too short."), 400, "narrative");
        refused(alice.nominate(badgeId("citoyen"), bob.email(), null), 400, "narrative");
        Map<String, Object> withoutKind = ApiClient.nomination(badgeId("citoyen"), bob.email(), NARRATIVE);
        withoutKind.remove("kind");
        refused(alice.post("/nominations", withoutKind), 400, "kind");
        assertThat(count("nomination")).isEqualTo(nominations);
        assertThat(count("mail_message")).isEqualTo(mails);

        nominate(alice, bob.email(), "citoyen");
        refused(alice.nominate(badgeId("citoyen"), bob.email(), NARRATIVE), 409, "nomineeEmail");
        assertThat(count("nomination")).isEqualTo(nominations + 1);
    }

    @Test
    void tasksAndNominationsOfOthersUnknownOrCompletedAreRefused() {
        Member bob = people.fresh("Bob");
        ApiClient bobApi = member(bob);
        ApiClient stranger = member(people.fresh("Stranger"));
        String nomination = nominate(alice(), bob.email(), "solidaire");
        String task = bobApi.taskOf(nomination, ACCEPT_NOMINATION);
        Map<String, String> accepted = Map.of(DECISION, ACCEPT);

        refused(bobApi.post("/tasks/" + task + "/complete", Map.of(DECISION, "maybe")), 400, DECISION);
        refused(alice().post("/tasks/" + task + "/complete", accepted), 403, null);
        refused(alice().get("/tasks/" + task), 403, null);
        refused(bobApi.post("/tasks/" + UUID.randomUUID() + "/complete", accepted), 404, null);
        refused(stranger.get("/nominations/" + nomination), 403, null);
        refused(anonymous.get("/tasks"), 401, null);
        assertThat(bobApi.post("/tasks/" + task + "/complete", accepted).getStatusCode().value()).isEqualTo(204);
        refused(bobApi.post("/tasks/" + task + "/complete", accepted), 409, null);
        assertThat(status(bobApi, nomination)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void twentyLifecyclesInParallelEndWithTwentyAssertionsNoneLostNoneTwice() throws Exception {
        List<Member> nominees = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            nominees.add(people.fresh("Parallel"));
        }
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<String>> lifecycles = nominees.stream().map(nominee -> threads.submit(() -> {
            String nomination = nominate(alice(), nominee.email(), "creatif");
            walkToApproval(member(nominee), nomination);
            return nomination;
        })).toList();
        List<String> ids = new ArrayList<>();
        for (Future<String> lifecycle : lifecycles) {
            ids.add(lifecycle.get(3, TimeUnit.MINUTES));
        }
        threads.shutdown();

        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream()
                .allMatch(id -> "AWARDED".equals(status(alice(), id))));
        for (String id : ids) {
            assertThat(jdbc.sql("select count(*) from assertion where nomination_id = ?")
                    .param(UUID.fromString(id)).query(Long.class).single()).as("assertions of " + id).isEqualTo(1);
        }
    }

    @Test
    void onlyIssuerAdminsReadTheOutboxWithTheLinksOfEachMessage() {
        Member bob = people.fresh("Bob");
        nominate(alice(), bob.email(), "solidaire");

        refused(alice().get("/admin/outbox"), 403, null);
        JsonNode outbox = demo("admin").get("/admin/outbox?size=200").getBody();
        assertThat(outbox).anySatisfy(message -> {
            assertThat(message.path("recipient").asText()).isEqualTo(bob.email());
            assertThat(message.path("template").asText()).isEqualTo("ACCEPTANCE_REQUESTED");
            assertThat(message.path("links").get(0).asText()).contains("/tasks/");
        });
    }

    @Test
    void theCollegeAndTheUniversityAwardTheirBadgesAtOnceEachWithItsOwnJuryIssuerAndOutbox() {
        Member pupil = people.fresh("Pupil");
        Member student = people.freshIn("Student", Membership.member(people.university()));
        String citoyen = nominate(alice(), pupil.email(), "citoyen");
        String tutorat = nominate(demo("bob"), student.email(), "tutorat");
        for (var nominee : Map.of(citoyen, member(pupil), tutorat, member(student)).entrySet()) {
            nominee.getValue().complete(nominee.getKey(), ACCEPT_NOMINATION, acceptance(ACCEPT, true));
            nominee.getValue().complete(nominee.getKey(), SUBMIT_EVIDENCE, evidence(NARRATIVE));
        }

        assertThat(nominationsInTasksOf("claire")).contains(citoyen).doesNotContain(tutorat);
        assertThat(nominationsInTasksOf("victor")).contains(tutorat).doesNotContain(citoyen);
        for (String juror : JURORS) {
            demo(juror).complete(citoyen, REVIEW_NOMINATION, verdict(APPROVE, "Meets every criterion."));
        }
        for (String juror : List.of("victor", "wendy")) {
            demo(juror).complete(tutorat, REVIEW_NOMINATION, verdict(APPROVE, "Tutored all year."));
        }

        theBadgeIsIssuedBy(member(pupil), citoyen, people.college().toString());
        theBadgeIsIssuedBy(member(student), tutorat, people.university().toString());
        assertThat(outboxOf("admin")).extracting(message -> message.path("organisationId").asText())
                .doesNotContain(people.university().toString());
        assertThat(outboxOf("ursula")).extracting(message -> message.path("organisationId").asText())
                .containsOnly(people.university().toString());
    }

    private List<String> nominationsInTasksOf(String login) {
        return demo(login).get("/tasks").getBody().findValuesAsText("nominationId");
    }

    private List<JsonNode> outboxOf(String login) {
        ResponseEntity<JsonNode> outbox = demo(login).get("/admin/outbox?size=200");
        assertThat(outbox.getStatusCode().value()).isEqualTo(200);
        return StreamSupport.stream(outbox.getBody().spliterator(), false).toList();
    }

    /** Awarded, with the organisation as issuer of the 3.0 credential, and in its task list no more. */
    private void theBadgeIsIssuedBy(ApiClient holder, String nomination, String organisation) {
        await().atMost(Duration.ofSeconds(30)).until(() -> "AWARDED".equals(status(holder, nomination)));
        String assertion = holder.get("/nominations/" + nomination).getBody().path("assertionId").asText();
        assertThat(credential(assertion).at("/issuer/id").asText()).endsWith(":" + organisation);
        assertThat(holder.get("/nominations/" + nomination).getBody().path("organisationId").asText())
                .isEqualTo(organisation);
    }

    @Test
    void theOpenApiDescriptionListsTheApi() {
        JsonNode api = rest.getForObject("/v3/api-docs", JsonNode.class);
        assertThat(api.path("paths").has("/api/v1/nominations")).isTrue();
        assertThat(api.path("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
    }

    /** Accepted, with evidence, and approved by the demo jury. */
    private void walkToApproval(ApiClient nominee, String nomination) {
        nominee.complete(nomination, ACCEPT_NOMINATION, acceptance(ACCEPT, true));
        nominee.complete(nomination, SUBMIT_EVIDENCE, evidence(NARRATIVE));
        for (String juror : JURORS) {
            demo(juror).complete(nomination, REVIEW_NOMINATION, verdict(APPROVE, "Meets every criterion."));
        }
    }

    private String nominate(ApiClient nominator, String nomineeEmail, String badgeKey) {
        ResponseEntity<JsonNode> created = nominator.nominate(badgeId(badgeKey), nomineeEmail, NARRATIVE);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().path("id").asText();
    }

    private static String status(ApiClient who, String nomination) {
        return who.get("/nominations/" + nomination).getBody().path("status").asText();
    }

    /** A 4xx problem detail, with a message, naming the field when there is one. */
    private static void refused(ResponseEntity<JsonNode> response, int status, String field) {
        JsonNode problem = ApiClient.problem(response, status);
        if (field != null) {
            assertThat(problem.path("errors").has(field)).as(problem.toString()).isTrue();
        }
    }

    private String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    private String draftBadgeId() {
        var citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        var draft = new NewBadgeClass(citoyen.issuerId(), "draft-" + UUID.randomUUID(), "Draft", "Not yet open.",
                "To be written.", List.of(), citoyen.review(), citoyen.deadlines(), null, Set.of(),
                Set.of(), 0, List.of(), VerificationMethod.HOSTED);
        return people.as("admin", () -> badgeClasses.create(draft)).id().toString();
    }

    private ApiClient alice() {
        return demo("alice");
    }

    /** A demo person: claire, david, emma (the demo jury), alice, admin. */
    private ApiClient demo(String login) {
        return anonymous.as(login, "demo");
    }

    private ApiClient member(Member member) {
        return anonymous.as(member.email(), People.PASSWORD);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static List<MimeMessage> awaitMailTo(String address, int atLeast) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address).size() >= atLeast);
        return mailTo(address);
    }

    private static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent());
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static List<MimeMessage> mailTo(String address) {
        return List.of(greenMail.getReceivedMessagesForDomain(address));
    }

    private static List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mailTo(address)) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    private static String invitationToken(MimeMessage invitation) throws Exception {
        Matcher link = INVITATION_LINK.matcher((String) invitation.getContent());
        assertThat(link.find()).as("an invitation link").isTrue();
        return link.group(1);
    }
}
