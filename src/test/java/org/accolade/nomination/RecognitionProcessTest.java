package org.accolade.nomination;

import static org.accolade.Recognitions.commentFrom;
import static org.accolade.nomination.internal.RecognitionContract.*;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.CLOSE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.ISSUE_ANYWAY;
import static org.accolade.nomination.internal.RecognitionContract.Answers.REJECT;
import static org.accolade.nomination.internal.RecognitionContract.Answers.REVISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.JudgedBadges;
import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.endorsement.internal.EndorsementContract;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.HostedDocuments;
import org.accolade.issuance.RecipientHash;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.security.CurrentMember;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * recognition.bpmn, one test per path, on the application with its real delegates (ADR 3). People act through
 * the same services as the API; timers fire by executing their jobs.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:recognition-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
class RecognitionProcessTest {

    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private HostedDocuments hostedDocuments;
    @Autowired
    private PartnerService partners;
    @Autowired
    private StalledReviewService stalledReviews;
    @Autowired
    private JuryService juries;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private CurrentMember currentMember;

    private People people;
    private Recognitions recognitions;
    private JudgedBadges judgedBadges;
    private PartnerRequests partnerRequests;

    @BeforeEach
    void setUp() {
        init(engine);
        people = new People(members, users);
        recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        judgedBadges = new JudgedBadges(people, badgeClasses, juries, currentMember);
        partnerRequests = new PartnerRequests(partners, sentMail, delivery, endorsements, people);
    }

    @Test
    void anAcceptedNominationWithEvidenceApprovedByTheJuryIsIssued() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        assertThat(process).isWaitingAt(ACCEPT_NOMINATION);

        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        assertThat(process).isWaitingAt(REVIEW_NOMINATION);
        recognitions.voteAll(nomination, APPROVE, APPROVE, APPROVE);
        assertThat(process).isWaitingAt(ISSUE_BADGE);
        execute(job(ISSUE_BADGE, process));

        assertThat(process).hasPassedInOrder(ACCEPT_NOMINATION, SUBMIT_EVIDENCE, TALLY_VOTES,
                DECIDE_OUTCOME, ALLOCATE_ASSERTION, ISSUE_BADGE).isEnded();
        assertThat(process).hasPassed(BADGE_ISSUED);
        NominationDetails awarded = recognitions.reload("alice", nomination);
        assertThat(awarded.status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(assertionsOf(nomination)).isEqualTo(1);
        assertThat(recipientOf(nomination).matches(bob.email())).as("hashed recipient").isTrue();
        assertThat(recipientOf(nomination).matches("someone.else@example.org")).isFalse();
        assertThat(templatesSentTo(bob)).contains(MailTemplate.ACCEPTANCE_REQUESTED.name(),
                MailTemplate.EVIDENCE_REQUESTED.name(), MailTemplate.OUTCOME_APPROVED.name(),
                MailTemplate.BADGE_ISSUED.name());
    }

    @Test
    void aNomineeWhoDeclinesEndsTheProcessAndTellsTheNominator() {
        Member bob = people.fresh("Bob");
        Member nominator = people.fresh("Nina");
        NominationDetails nomination = recognitions.nominate(nominator.email(), bob, "citoyen");
        ProcessInstance process = processOf(nomination);

        recognitions.decline(bob, nomination);

        assertThat(process).hasPassed(RECORD_DECLINE, NOMINATION_DECLINED).isEnded();
        assertThat(recognitions.reload(nominator.email(), nomination).status()).isEqualTo(NominationStatus.DECLINED);
        assertThat(templatesSentTo(nominator)).contains(MailTemplate.NOMINATION_DECLINED.name());
    }

    @Test
    void aNominationNotAnsweredInTimeExpires() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);

        execute(job(ACCEPTANCE_EXPIRED, process));

        assertThat(process).hasPassed(EXPIRE_UNANSWERED, EXPIRED_UNANSWERED).isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.EXPIRED);
        assertThat(templatesSentTo(bob)).contains(MailTemplate.NOMINATION_EXPIRED.name());
    }

    @Test
    void aNomineeIsRemindedOfEvidenceAndTheNominationExpiresPastItsDueDate() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);

        execute(job(EVIDENCE_REMINDER_DUE, process));
        assertThat(process).hasPassed(REMIND_NOMINEE).isWaitingAt(SUBMIT_EVIDENCE);
        assertThat(templatesSentTo(bob)).contains(MailTemplate.EVIDENCE_REMINDER.name());

        execute(job(EVIDENCE_OVERDUE, process));
        assertThat(process).hasPassed(EXPIRE_WITHOUT_EVIDENCE, EXPIRED_WITHOUT_EVIDENCE)
                .isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.EXPIRED);
    }

    @Test
    void aRevisionStartsANewEvidenceRoundWithTheJurysCommentsThenApproves() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);

        recognitions.voteAll(nomination, APPROVE, REVISE, APPROVE);

        assertThat(process).hasPassed(REQUEST_REVISION).isWaitingAt(SUBMIT_EVIDENCE);
        assertThat(recognitions.reload("alice", nomination).round()).isEqualTo(2);
        assertThat(sentMail.to(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.OUTCOME_REVISE.name());
            assertThat(mail.body()).contains(commentFrom("david"));
        });
        Map<String, Object> prefilled = people.as(bob.email(), () -> taskList.get(recognitions.taskOf(bob.email(),
                nomination, SUBMIT_EVIDENCE).id()).data());
        assertThat(prefilled).containsEntry(Answers.NARRATIVE, Recognitions.EVIDENCE)
                .containsEntry("juryFeedback", List.of(commentFrom("claire"), commentFrom("david"),
                        commentFrom("emma")));

        recognitions.submitEvidence(bob, nomination);
        recognitions.voteAll(nomination, APPROVE, APPROVE, APPROVE);
        execute(job(ISSUE_BADGE, process));
        assertThat(process).isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void revisingPastTheMaximumNumberOfRoundsRejects() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        int maxRounds = badgeClasses.findByKey("citoyen").orElseThrow().review().maxRounds();

        for (int round = 1; round <= maxRounds; round++) {
            recognitions.submitEvidence(bob, nomination);
            recognitions.voteAll(nomination, REVISE, APPROVE, APPROVE);
        }

        assertThat(process).hasPassed(REJECTED, REJECT_NOMINATION, NOMINATION_REJECTED)
                .isEnded();
        NominationDetails rejected = recognitions.reload("alice", nomination);
        assertThat(rejected.status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(rejected.round()).isEqualTo(maxRounds);
    }

    @Test
    void aMajorityOfRejectionsRejectsWithTheJurysFeedback() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);

        recognitions.voteAll(nomination, REJECT, APPROVE, REJECT);

        assertThat(process).hasPassed(REJECT_NOMINATION).hasNotPassed(REQUEST_REVISION)
                .isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(sentMail.to(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.OUTCOME_REJECTED.name());
            assertThat(mail.body()).contains(commentFrom("claire"), commentFrom("emma"));
        });
    }

    @Test
    void underThePanelPolicyOneJurorClaimsTheTaskAndRecordsTheDecision() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "sentinelle");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        assertThat(process).isWaitingAt(RECORD_PANEL_DECISION);
        String panelTask = recognitions.taskOf("claire", nomination, RECORD_PANEL_DECISION).id();

        people.as("claire", () -> taskList.claim(panelTask));
        assertThatThrownBy(() -> people.as("david", () -> taskList.claim(panelTask)))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.claimed-by-other");
        people.as("claire", () -> taskList.complete(panelTask, Recognitions.verdict(APPROVE,
                "The panel met on Tuesday and approves.")));
        execute(job(ISSUE_BADGE, process));

        assertThat(process).hasPassed(RECORD_PANEL_DECISION).hasNotPassed(REVIEW_NOMINATION).isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void aJurorWhoNominatedIsRecusedFromTheVote() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("claire", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);

        assertThat(recognitions.tasksOf("claire", nomination)).isEmpty();
        String davidsTask = recognitions.taskOf("david", nomination, REVIEW_NOMINATION).id();
        assertThatThrownBy(() -> people.as("claire", () -> taskList.complete(davidsTask,
                Recognitions.verdict(APPROVE, "I know him well, approve."))))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.not-yours");
        recognitions.vote("david", nomination, APPROVE);
        recognitions.vote("emma", nomination, APPROVE);
        execute(job(ISSUE_BADGE, process));

        assertThat(process).isEnded();
        assertThat(recognitions.reload("claire", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void aJurorWhoNominatedCannotClaimThePanelTask() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("claire", bob, "sentinelle");
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        String panelTask = recognitions.taskOf("david", nomination, RECORD_PANEL_DECISION).id();

        assertThat(recognitions.tasksOf("claire", nomination)).isEmpty();
        assertThatThrownBy(() -> people.as("claire", () -> taskList.claim(panelTask)))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.not-yours");
    }

    @Test
    void aRequestForOneselfSkipsAcceptanceAndStartsWithEvidence() {
        Member bob = people.fresh("Bob");
        NominationDetails request = recognitions.request(bob, "solidaire");
        ProcessInstance process = processOf(request);

        assertThat(process).isWaitingAt(SUBMIT_EVIDENCE).hasNotPassed(ACCEPT_NOMINATION);
        recognitions.submitEvidence(bob, request);
        recognitions.voteAll(request, APPROVE, APPROVE, APPROVE);
        execute(job(ISSUE_BADGE, process));
        assertThat(process).isEnded();
        assertThat(recognitions.reload(bob.email(), request).kind()).isEqualTo(NominationKind.REQUEST);
        assertThat(recognitions.reload(bob.email(), request).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void anIssuanceJobThatRunsTwiceCreatesOneAssertion() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "creatif");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        recognitions.voteAll(nomination, APPROVE, APPROVE, APPROVE);

        runtimeService().createProcessInstanceModification(process.getId())
                .startBeforeActivity(ISSUE_BADGE).execute();
        var issuanceJobs = jobQuery().processInstanceId(process.getId()).activityId(ISSUE_BADGE).list();
        assertThat(issuanceJobs).hasSize(2);
        issuanceJobs.forEach(issuance -> execute(issuance));

        assertThat(process).isEnded();
        assertThat(assertionsOf(nomination)).isEqualTo(1);
        assertThat(templatesSentTo(bob)).filteredOn(MailTemplate.BADGE_ISSUED.name()::equals).hasSize(1);
    }

    @Test
    void reviewTimersRemindTheJurorsWhoHaveNotVotedAndAlertTheAdmins() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        recognitions.vote("claire", nomination, APPROVE);
        int clairesMails = sentMail.to("claire@example.org").size();

        execute(job(REVIEW_REMINDER_DUE, process));
        execute(job(REVIEW_OVERDUE, process));

        assertThat(process).hasPassed(REMIND_JURORS, ESCALATE_REVIEW).isWaitingAt(REVIEW_NOMINATION);
        assertThat(sentMail.to("claire@example.org")).hasSize(clairesMails);
        assertThat(templatesSentTo("david@example.org")).contains(MailTemplate.REVIEW_REMINDER.name());
        assertThat(sentMail.to("admin@example.org")).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.REVIEW_ESCALATION.name());
            assertThat(mail.body()).contains("David Leroy", "Emma Moreau").doesNotContain("Claire Petit");
        });
    }

    @Test
    void partnersAreAskedToEndorseAndTheBadgeIsIssuedCarryingTheirEndorsement() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);
        assertThat(process).isWaitingAt(REQUEST_ENDORSEMENTS);
        assertThat(recognitions.reload("alice", nomination).stage()).isEqualTo(NominationStage.ENDORSEMENT);
        Deadlines deadlines = badgeClasses.findByKey("expert-numerique").orElseThrow().deadlines();
        assertThat(engine.getRuntimeService().getVariables(process.getId(),
                List.of(Start.ENDORSEMENT_REMINDER, Start.ENDORSEMENT_EXPIRY)))
                .as("the badge class's endorsement deadlines").containsExactlyInAnyOrderEntriesOf(Map.of(
                        Start.ENDORSEMENT_REMINDER, deadlines.endorsementReminderAfter().toString(),
                        Start.ENDORSEMENT_EXPIRY, deadlines.endorsementPeriod().toString()));

        partnerRequests.endorse(partnerRequests.demoPartner());
        assertThat(process).isWaitingAt(ISSUE_BADGE);
        execute(job(ISSUE_BADGE, process));

        assertThat(process).hasPassedInOrder(ALLOCATE_ASSERTION, REQUEST_ENDORSEMENTS,
                COUNT_ENDORSEMENTS, ISSUE_BADGE).hasNotPassed(ENDORSEMENT_MISSING).isEnded();
        NominationDetails awarded = recognitions.reload("alice", nomination);
        assertThat(awarded.status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(hostedDocuments.assertion(new AssertionId(awarded.assertionId())).orElseThrow().json())
                .contains("\"endorsement\":[\"http://localhost:8080/ob/v2/endorsements/");
    }

    @Test
    void tooFewEndorsementsLetAnIssuerAdminIssueTheBadgeAnyway() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);

        partnerRequests.decline(partnerRequests.demoPartner());
        assertThat(process).isWaitingAt(ENDORSEMENT_MISSING);
        decideAsAdmin(nomination, ISSUE_ANYWAY, "The partner was closed all month; the jury's approval stands.");
        execute(job(ISSUE_BADGE, process));

        assertThat(process).hasPassed(ENDORSEMENT_MISSING, ISSUE_BADGE, BADGE_ISSUED).isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void tooFewEndorsementsLetAnIssuerAdminCloseTheNominationWithACommentTheNomineeReceives() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);

        partnerRequests.decline(partnerRequests.demoPartner());
        decideAsAdmin(nomination, CLOSE, "No partner could confirm the work in time.");

        assertThat(process).hasPassed(CLOSE_NOMINATION, NOMINATION_CLOSED).hasNotPassed(ISSUE_BADGE)
                .isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(assertionsOf(nomination)).isZero();
        assertThat(sentMail.to(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.NOMINATION_CLOSED.name());
            assertThat(mail.body()).contains("No partner could confirm the work in time.");
        });
    }

    @Test
    void twoPartnersAskedInParallelOneEndorsesOneDeclinesAndOneIsEnough() {
        PartnerOrganisation museum = partnerRequests.freshPartner("Musée");
        PartnerOrganisation company = partnerRequests.freshPartner("Entreprise");
        String badgeKey = badgeEndorsedBy(museum, company);
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, badgeKey);
        ProcessInstance process = processOf(nomination);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(EndorsementContract.PROCESS_KEY)
                .superProcessInstanceId(process.getId()).count()).isEqualTo(2);

        partnerRequests.endorse(museum);
        assertThat(process).isWaitingAt(REQUEST_ENDORSEMENTS);
        partnerRequests.decline(company);
        execute(job(ISSUE_BADGE, process));

        assertThat(process).hasNotPassed(ENDORSEMENT_MISSING).hasPassed(BADGE_ISSUED).isEnded();
        NominationDetails awarded = recognitions.reload("alice", nomination);
        assertThat(hostedDocuments.assertion(new AssertionId(awarded.assertionId())).orElseThrow().json())
                .containsOnlyOnce("/ob/v2/endorsements/");
    }

    @Test
    void aNominationOfSomeoneWhoHoldsTheBadgeStopsWithoutAskingThemAndOnlyAdminsSeeWhy() {
        Member bob = people.fresh("Bob");
        people.as("admin", () -> assertions.issue(IssueBadges.to(bob, badgeClasses.findByKey("citoyen")
                .orElseThrow().id())));
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        assertThat(nomination.status()).isEqualTo(NominationStatus.IN_PROGRESS);
        assertThat(process).isWaitingAt(STOP_NOMINATION);

        execute(job(STOP_NOMINATION, process));

        assertThat(process).hasPassed(CAN_GO_AHEAD, NOMINATION_STOPPED)
                .hasNotPassed(ACCEPT_NOMINATION).isEnded();
        assertThat(recognitions.reload("alice", nomination).status()).isEqualTo(NominationStatus.STOPPED);
        assertThat(recognitions.reload("alice", nomination).stopReason()).as("the nominator is not told why").isNull();
        assertThat(recognitions.reload("admin", nomination).stopReason()).isEqualTo("nomination.already-held");
        assertThat(templatesSentTo(bob)).as("the nominee is not asked")
                .doesNotContain(MailTemplate.ACCEPTANCE_REQUESTED.name(), MailTemplate.INVITATION.name());
        assertThat(people.as("admin", () -> outbox.list(null, 0, 200))).filteredOn(mail -> mail.template()
                .equals(MailTemplate.NOMINATION_STOPPED.name()) && mail.body().contains(bob.name()))
                .singleElement().satisfies(mail -> assertThat(mail.body()).as("the nominator is told, not why")
                        .doesNotContainIgnoringCase("already").doesNotContainIgnoringCase("déjà")
                        .doesNotContainIgnoringCase("prerequisite").doesNotContainIgnoringCase("prérequis"));
    }

    @Test
    void anAdminDecidesAStalledReviewWithTheVotesInHand() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.underReview("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.vote("claire", nomination, APPROVE);
        recognitions.vote("david", nomination, APPROVE);
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .as("not before the escalation").hasMessageContaining("review.not-stalled");

        escalate(process);
        people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination)));

        assertThat(process).hasPassed(REVIEW_CLOSED_WITH_VOTES_IN_HAND_EVENT, TALLY_VOTES, DECIDE_OUTCOME)
                .isWaitingAt(ISSUE_BADGE);
        assertThat(recognitions.tasksOf("emma", nomination)).as("the missing vote is no longer awaited").isEmpty();
        assertThat(people.as("alice", () -> nominations.timeline(idOf(nomination))))
                .extracting(TimelineEntry::activityId).contains(REVIEW_CLOSED_WITH_VOTES_IN_HAND_EVENT);
    }

    @Test
    void votesInHandShortOfTheQuorumDecideNothingAndSaySo() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.underReview("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        recognitions.vote("claire", nomination, APPROVE);
        escalate(process);

        assertThat(people.as("admin", () -> stalledReviews.get(idOf(nomination))).decidable()).isFalse();
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .isInstanceOf(DomainException.class).hasMessageContaining("review.votes-short-of-quorum");
        assertThat(process).isWaitingAt(REVIEW_NOMINATION);
    }

    @Test
    void anAdminGivesAMissingJurorsVoteToAnotherJurorOfTheBadge() {
        Member stand = people.fresh("Stand-in");
        String badgeKey = judgedBadges.judgedBy("claire", "david");
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.underReview("alice", bob, badgeKey);
        ProcessInstance process = processOf(nomination);
        recognitions.vote("claire", nomination, APPROVE);
        judgedBadges.addToJury(badgeKey, stand);
        escalate(process);

        StalledReview stalled = people.as("admin", () -> stalledReviews.get(idOf(nomination)));
        assertThat(stalled.missing()).extracting(NominationDetails.Person::name).containsExactly("David Leroy");
        assertThat(stalled.replacements()).extracting(NominationDetails.Person::name).containsExactly("Stand-in");
        people.as("admin", () -> stalledReviews.replaceJuror(idOf(nomination), judgedBadges.idOf("david"), stand.id()));

        assertThat(process).hasPassed(JUROR_REPLACED_EVENT, REPLACE_JUROR, VOTE_REASSIGNED)
                .isWaitingAt(REVIEW_NOMINATION);
        assertThat(recognitions.tasksOf("david", nomination)).isEmpty();
        assertThat(templatesSentTo(stand)).contains(MailTemplate.REVIEW_ASSIGNED.name());
        recognitions.vote(stand.email(), nomination, APPROVE);
        assertThat(process).isWaitingAt(ISSUE_BADGE);
    }

    @Test
    void anAdminWhoNominatedCannotUnblockTheReview() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("admin", bob, "citoyen");
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);
        recognitions.vote("claire", nomination, APPROVE);
        recognitions.vote("david", nomination, APPROVE);
        escalate(processOf(nomination));

        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .isInstanceOf(DomainException.class).hasMessageContaining("nomination.involved");
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.replaceJuror(idOf(nomination),
                judgedBadges.idOf("david"), judgedBadges.idOf("david")))).hasMessageContaining("nomination.involved");
    }

    @Test
    void theJuryAndQuorumAreFixedWhenTheNominationIsSubmitted() {
        Member newcomer = people.fresh("Newcomer");
        String badgeKey = judgedBadges.judgedBy("claire", "david");
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, badgeKey);
        BadgeClass badge = badgeClasses.findByKey(badgeKey).orElseThrow();
        BadgeClassForm edited = BadgeClassForm.of(badge, List.of());
        people.as("admin", () -> badgeClasses.update(badge.id(), new BadgeClassForm(edited.name(), edited.key(),
                edited.description(), edited.criteria(), edited.tags(), edited.policy(), 3, edited.maxRounds(),
                edited.acceptanceDays(), edited.evidenceDays(), edited.evidenceReminderDays(), edited.reviewDays(),
                edited.reviewReminderDays(), edited.endorsementDays(), edited.endorsementReminderDays(),
                edited.validityMonths(), edited.prerequisites(), edited.endorsers(), edited.minEndorsements(),
                Set.of(judgedBadges.idOf("claire"), judgedBadges.idOf("david"), newcomer.id()),
                edited.alignments(), edited.verification(), edited.audience(), edited.organisationId())));
        assertThat(badgeClasses.findByKey(badgeKey).orElseThrow().review().quorum()).isEqualTo(3);
        recognitions.accept(bob, nomination);
        recognitions.submitEvidence(bob, nomination);

        assertThat(recognitions.tasksOf(newcomer.email(), nomination)).isEmpty();
        recognitions.vote("claire", nomination, APPROVE);
        recognitions.vote("david", nomination, APPROVE);
        assertThat(processOf(nomination)).isWaitingAt(ISSUE_BADGE);
    }

    @Test
    void anIssuerAdminWhoIsTheNomineeIsNotOfferedTheDecisionWithoutEndorsements() {
        Member nominee = freshAdmin();
        NominationDetails nomination = approvedByTheJury(nominee, "expert-numerique");

        partnerRequests.decline(partnerRequests.demoPartner());

        assertThat(processOf(nomination)).isWaitingAt(ENDORSEMENT_MISSING);
        assertThat(recognitions.tasksOf(nominee.email(), nomination)).isEmpty();
        assertThat(recognitions.tasksOf("admin", nomination)).extracting(TaskSummary::taskDefinitionKey)
                .containsExactly(ENDORSEMENT_MISSING);
    }

    @Test
    void aNomineeWhoSitsOnTheJurySeesNoVoteBeforeTheOutcomeAndNoJurorsName() {
        Member bob = people.fresh("Bob");
        String badgeKey = judgedBadges.judgedBy("claire", "david", bob.email());
        NominationDetails nomination = recognitions.underReview("alice", bob, badgeKey);
        recognitions.vote("claire", nomination, REVISE);

        assertThat(recognitions.reload(bob.email(), nomination).reviews()).isEmpty();
        assertThat(people.as(bob.email(), () -> nominations.timeline(idOf(nomination))))
                .filteredOn(step -> step.activityId().equals(REVIEW_NOMINATION)).hasSize(1);
        assertThat(recognitions.reload("admin", nomination).reviews()).singleElement()
                .satisfies(review -> assertThat(review.juror().name()).isEqualTo("Claire Petit"));

        recognitions.vote("david", nomination, APPROVE);
        assertThat(recognitions.reload(bob.email(), nomination).reviews()).hasSize(2)
                .allSatisfy(review -> assertThat(review.juror()).isNull());
    }

    /** The review is overdue: the jurors were reminded and the issuer admins alerted. */
    private void escalate(ProcessInstance process) {
        execute(job(REVIEW_REMINDER_DUE, process));
        execute(job(REVIEW_OVERDUE, process));
        assertThat(process).hasPassed(ESCALATE_REVIEW);
    }

    private Member freshAdmin() {
        String address = "admin-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return people.account(address, "Ada Admin", Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    private static NominationId idOf(NominationDetails nomination) {
        return new NominationId(nomination.id());
    }

    /** A published copy of citoyen that asks these partners and needs one endorsement. */
    private String badgeEndorsedBy(PartnerOrganisation... endorsers) {
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        String key = "endorsed-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        NewBadgeClass endorsed = new NewBadgeClass(citoyen.issuerId(), key, "Endorsed citizen", "Endorsed.",
                "Endorsed by partners.", List.of(), citoyen.review(), citoyen.deadlines(), null, Set.of(),
                Arrays.stream(endorsers).map(PartnerOrganisation::id).collect(Collectors.toSet()), 1, List.of(), null);
        people.as("admin", () -> badgeClasses.publish(badgeClasses.create(endorsed).id()));
        return key;
    }

    private NominationDetails approvedByTheJury(Member nominee, String badgeKey) {
        NominationDetails nomination = recognitions.underReview("alice", nominee, badgeKey);
        recognitions.voteAll(nomination, APPROVE, APPROVE, APPROVE);
        return nomination;
    }

    private void decideAsAdmin(NominationDetails nomination, String decision, String comment) {
        String task = recognitions.taskOf("admin", nomination, ENDORSEMENT_MISSING).id();
        people.as("admin", () -> taskList.claim(task));
        people.as("admin", () -> taskList.complete(task, Map.of(Answers.DECISION, decision, Answers.COMMENT, comment)));
    }

    private ProcessInstance processOf(NominationDetails nomination) {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(nomination.id().toString())
                .singleResult();
    }

    private List<String> templatesSentTo(Member member) {
        return templatesSentTo(member.email());
    }

    private List<String> templatesSentTo(String address) {
        return sentMail.to(address).stream().map(OutboxMessage::template).toList();
    }

    private RecipientHash recipientOf(NominationDetails nomination) {
        return jdbc.sql("select recipient_hash, recipient_salt from assertion where nomination_id = ?")
                .param(nomination.id())
                .query((row, number) -> new RecipientHash(row.getString(1), row.getString(2))).single();
    }

    private long assertionsOf(NominationDetails nomination) {
        return jdbc.sql("select count(*) from assertion where nomination_id = ?").param(nomination.id())
                .query(Long.class).single();
    }
}
