package org.accolade.api;

import static org.accolade.Recognitions.NARRATIVE;
import static org.accolade.Recognitions.acceptance;
import static org.accolade.Recognitions.evidence;
import static org.accolade.Recognitions.verdict;
import static org.accolade.nomination.internal.RecognitionContract.ACCEPT_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.SUBMIT_EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.accolade.JudgedBadges;
import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.mail.MutableClock;
import org.accolade.nomination.internal.RecognitionContract.Answers;
import org.accolade.security.CurrentMember;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nominations through the REST API over HTTP, as the people concerned, on one application context shared by its
 * subclasses (issue 10, items 4, 5 and 10): the job executor is off, so timers and asynchronous steps run when a test
 * executes their job; the application's clock is a {@link MutableClock}; three nominations of people without an
 * account a day.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "accolade.nomination.non-member-per-day=3",
        "spring.datasource.url=jdbc:h2:mem:nomination-safety-api;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
@Import(NominationSafetyApiTests.TestClock.class)
abstract class NominationSafetyApiTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-12T08:00:00Z"));
        }
    }

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    protected MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    protected BadgeClassService badgeClasses;
    @Autowired
    private JuryService juries;
    @Autowired
    private CurrentMember currentMember;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    protected MutableClock clock;

    protected People people;
    protected JudgedBadges judgedBadges;
    protected ApiClient anonymous;

    @BeforeEach
    void setUpClients() {
        people = new People(members, users);
        judgedBadges = new JudgedBadges(people, badgeClasses, juries, currentMember);
        anonymous = ApiClient.anonymous(rest);
    }

    ApiClient as(Member member) {
        return anonymous.as(member.email(), People.PASSWORD);
    }

    /** A demo person: claire, david, emma, alice, admin. */
    ApiClient demo(String login) {
        return anonymous.as(login, "demo");
    }

    ResponseEntity<JsonNode> nominate(ApiClient nominator, String nomineeEmail, String badgeKey) {
        return nominator.nominate(badgeId(badgeKey), nomineeEmail, NARRATIVE);
    }

    String nominated(ApiClient nominator, Member nominee, String badgeKey) {
        ResponseEntity<JsonNode> created = nominate(nominator, nominee.email(), badgeKey);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().path("id").asText();
    }

    /** Nominated by {@code nominator}, accepted, with evidence: waiting for the jury's votes. */
    String underReview(ApiClient nominator, Member nominee, String badgeKey) {
        String nomination = nominated(nominator, nominee, badgeKey);
        as(nominee).complete(nomination, ACCEPT_NOMINATION, acceptance(Answers.ACCEPT, true));
        as(nominee).complete(nomination, SUBMIT_EVIDENCE, evidence(NARRATIVE));
        return nomination;
    }

    void vote(ApiClient juror, String nomination, String verdict) {
        juror.complete(nomination, REVIEW_NOMINATION, verdict(verdict, "My reasons, written at length."));
    }

    /** Runs the job waiting at this activity (a timer, or an asynchronous step) of the nomination's process. */
    void executeJob(String nomination, String activityId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomination).singleResult()
                .getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId(activityId)
                .singleResult().getId());
    }

    String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    /** A 4xx problem detail, with a message, naming the field when there is one. */
    static void refused(ResponseEntity<JsonNode> response, int status, String code, String field) {
        JsonNode problem = ApiClient.problem(response, status);
        if (code != null) {
            assertThat(problem.path("code").asText()).isEqualTo(code);
        }
        if (field != null) {
            assertThat(problem.path("field").asText()).as(problem.toString()).isEqualTo(field);
        }
    }
}
