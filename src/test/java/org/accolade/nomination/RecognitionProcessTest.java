package org.accolade.nomination;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.People;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.NewAccount;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.endorsement.EndorsementService;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.HostedDocuments;
import org.accolade.issuance.RecipientHash;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
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

    private static final String NARRATIVE = "Ran the school council all year and organised two public debates.";

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

    @BeforeEach
    void setUp() {
        init(engine);
        people = new People(members, users);
    }

    @Test
    void anAcceptedNominationWithEvidenceApprovedByTheJuryIsIssued() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        assertThat(process).isWaitingAt("Task_AcceptNomination");

        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        assertThat(process).isWaitingAt("Task_ReviewNomination");
        voteAll(nomination, "approve", "approve", "approve");
        assertThat(process).isWaitingAt("Task_IssueBadge");
        execute(job("Task_IssueBadge", process));

        assertThat(process).hasPassedInOrder("Task_AcceptNomination", "Task_SubmitEvidence", "Task_TallyVotes",
                "Task_DecideOutcome", "Task_AllocateAssertion", "Task_IssueBadge").isEnded();
        assertThat(process).hasPassed("Event_BadgeIssued");
        NominationDetails awarded = reload("alice", nomination);
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
        NominationDetails nomination = nominate(nominator.email(), bob, "citoyen");
        ProcessInstance process = processOf(nomination);

        answer(bob, nomination, "decline");

        assertThat(process).hasPassed("Task_RecordDecline", "Event_NominationDeclined").isEnded();
        assertThat(reload(nominator.email(), nomination).status()).isEqualTo(NominationStatus.DECLINED);
        assertThat(templatesSentTo(nominator)).contains(MailTemplate.NOMINATION_DECLINED.name());
    }

    @Test
    void aNominationNotAnsweredInTimeExpires() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);

        execute(job("Event_AcceptanceExpired", process));

        assertThat(process).hasPassed("Task_ExpireUnanswered", "Event_NominationExpiredUnanswered").isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.EXPIRED);
        assertThat(templatesSentTo(bob)).contains(MailTemplate.NOMINATION_EXPIRED.name());
    }

    @Test
    void aNomineeIsRemindedOfEvidenceAndTheNominationExpiresPastItsDueDate() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");

        execute(job("Event_EvidenceReminderDue", process));
        assertThat(process).hasPassed("Task_RemindNominee").isWaitingAt("Task_SubmitEvidence");
        assertThat(templatesSentTo(bob)).contains(MailTemplate.EVIDENCE_REMINDER.name());

        execute(job("Event_EvidenceOverdue", process));
        assertThat(process).hasPassed("Task_ExpireWithoutEvidence", "Event_NominationExpiredWithoutEvidence")
                .isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.EXPIRED);
    }

    @Test
    void aRevisionStartsANewEvidenceRoundWithTheJurysCommentsThenApproves() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);

        voteAll(nomination, "approve", "revise", "approve");

        assertThat(process).hasPassed("Task_RequestRevision").isWaitingAt("Task_SubmitEvidence");
        assertThat(reload("alice", nomination).round()).isEqualTo(2);
        assertThat(outbox.sentTo(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.OUTCOME_REVISE.name());
            assertThat(mail.body()).contains("Comment from david");
        });
        Map<String, Object> prefilled = people.as(bob.email(), () -> taskList.get(taskOf(bob.email(),
                nomination, "Task_SubmitEvidence").id()).data());
        assertThat(prefilled).containsEntry("narrative", NARRATIVE + " (evidence)")
                .containsEntry("juryFeedback", List.of("Comment from claire", "Comment from david",
                        "Comment from emma"));

        submitEvidence(bob, nomination);
        voteAll(nomination, "approve", "approve", "approve");
        execute(job("Task_IssueBadge", process));
        assertThat(process).isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void revisingPastTheMaximumNumberOfRoundsRejects() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        int maxRounds = badgeClasses.findByKey("citoyen").orElseThrow().review().maxRounds();

        for (int round = 1; round <= maxRounds; round++) {
            submitEvidence(bob, nomination);
            voteAll(nomination, "revise", "approve", "approve");
        }

        assertThat(process).hasPassed("Gateway_Rejected", "Task_RejectNomination", "Event_NominationRejected")
                .isEnded();
        NominationDetails rejected = reload("alice", nomination);
        assertThat(rejected.status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(rejected.round()).isEqualTo(maxRounds);
    }

    @Test
    void aMajorityOfRejectionsRejectsWithTheJurysFeedback() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);

        voteAll(nomination, "reject", "approve", "reject");

        assertThat(process).hasPassed("Task_RejectNomination").hasNotPassed("Task_RequestRevision")
                .isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.REJECTED);
        assertThat(outbox.sentTo(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.OUTCOME_REJECTED.name());
            assertThat(mail.body()).contains("Comment from claire", "Comment from emma");
        });
    }

    @Test
    void underThePanelPolicyOneJurorClaimsTheTaskAndRecordsTheDecision() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "sentinelle");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        assertThat(process).isWaitingAt("Task_RecordPanelDecision");
        String panelTask = taskOf("claire", nomination, "Task_RecordPanelDecision").id();

        people.as("claire", () -> taskList.claim(panelTask));
        assertThatThrownBy(() -> people.as("david", () -> taskList.claim(panelTask)))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.claimed-by-other");
        people.as("claire", () -> taskList.complete(panelTask, Map.of("verdict", "approve",
                "comment", "The panel met on Tuesday and approves.")));
        execute(job("Task_IssueBadge", process));

        assertThat(process).hasPassed("Task_RecordPanelDecision").hasNotPassed("Task_ReviewNomination").isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void aJurorWhoNominatedIsRecusedFromTheVote() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("claire", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);

        assertThat(reviewTasksOf("claire", nomination)).isEmpty();
        String davidsTask = taskOf("david", nomination, "Task_ReviewNomination").id();
        assertThatThrownBy(() -> people.as("claire", () -> taskList.complete(davidsTask,
                Map.of("verdict", "approve", "comment", "I know him well, approve."))))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.not-yours");
        vote(nomination, "david", "approve");
        vote(nomination, "emma", "approve");
        execute(job("Task_IssueBadge", process));

        assertThat(process).isEnded();
        assertThat(reload("claire", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void aJurorWhoNominatedCannotClaimThePanelTask() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("claire", bob, "sentinelle");
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        String panelTask = taskOf("david", nomination, "Task_RecordPanelDecision").id();

        assertThat(reviewTasksOf("claire", nomination)).isEmpty();
        assertThatThrownBy(() -> people.as("claire", () -> taskList.claim(panelTask)))
                .isInstanceOf(DomainException.class).hasMessageContaining("task.not-yours");
    }

    @Test
    void aRequestForOneselfSkipsAcceptanceAndStartsWithEvidence() {
        Member bob = people.fresh("Bob");
        NominationDetails request = people.as(bob.email(), () -> nominations.submit(new SubmitNomination(
                badgeId("solidaire"), null, null, NARRATIVE, NominationKind.REQUEST)));
        ProcessInstance process = processOf(request);

        assertThat(process).isWaitingAt("Task_SubmitEvidence").hasNotPassed("Task_AcceptNomination");
        submitEvidence(bob, request);
        voteAll(request, "approve", "approve", "approve");
        execute(job("Task_IssueBadge", process));
        assertThat(process).isEnded();
        assertThat(reload(bob.email(), request).kind()).isEqualTo(NominationKind.REQUEST);
        assertThat(reload(bob.email(), request).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void anIssuanceJobThatRunsTwiceCreatesOneAssertion() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "creatif");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        voteAll(nomination, "approve", "approve", "approve");

        runtimeService().createProcessInstanceModification(process.getId())
                .startBeforeActivity("Task_IssueBadge").execute();
        var issuanceJobs = jobQuery().processInstanceId(process.getId()).activityId("Task_IssueBadge").list();
        assertThat(issuanceJobs).hasSize(2);
        issuanceJobs.forEach(issuance -> execute(issuance));

        assertThat(process).isEnded();
        assertThat(assertionsOf(nomination)).isEqualTo(1);
        assertThat(templatesSentTo(bob)).filteredOn(MailTemplate.BADGE_ISSUED.name()::equals).hasSize(1);
    }

    @Test
    void reviewTimersRemindTheJurorsWhoHaveNotVotedAndAlertTheAdmins() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        vote(nomination, "claire", "approve");
        int clairesMails = outbox.sentTo("claire@example.org").size();

        execute(job("Event_ReviewReminderDue", process));
        execute(job("Event_ReviewOverdue", process));

        assertThat(process).hasPassed("Task_RemindJurors", "Task_EscalateReview").isWaitingAt("Task_ReviewNomination");
        assertThat(outbox.sentTo("claire@example.org")).hasSize(clairesMails);
        assertThat(templatesSentTo("david@example.org")).contains(MailTemplate.REVIEW_REMINDER.name());
        assertThat(outbox.sentTo("admin@example.org")).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.REVIEW_ESCALATION.name());
            assertThat(mail.body()).contains("David Leroy", "Emma Moreau").doesNotContain("Claire Petit");
        });
    }

    @Test
    void partnersAreAskedToEndorseAndTheBadgeIsIssuedCarryingTheirEndorsement() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);
        assertThat(process).isWaitingAt("Activity_RequestEndorsements");
        assertThat(reload("alice", nomination).stage()).isEqualTo(NominationStage.ENDORSEMENT);
        Deadlines deadlines = badgeClasses.findByKey("expert-numerique").orElseThrow().deadlines();
        assertThat(engine.getRuntimeService().getVariables(process.getId(),
                List.of("endorsementReminder", "endorsementExpiry")))
                .as("the badge class's endorsement deadlines").containsExactlyInAnyOrderEntriesOf(Map.of(
                        "endorsementReminder", deadlines.endorsementReminderAfter().toString(),
                        "endorsementExpiry", deadlines.endorsementPeriod().toString()));

        partnerAnswers("endorse");
        assertThat(process).isWaitingAt("Task_IssueBadge");
        execute(job("Task_IssueBadge", process));

        assertThat(process).hasPassedInOrder("Task_AllocateAssertion", "Activity_RequestEndorsements",
                "Task_CountEndorsements", "Task_IssueBadge").hasNotPassed("Task_EndorsementMissing").isEnded();
        NominationDetails awarded = reload("alice", nomination);
        assertThat(awarded.status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(hostedDocuments.assertion(new AssertionId(awarded.assertionId())).orElseThrow().json())
                .contains("\"endorsement\":[\"http://localhost:8080/ob/v2/endorsements/");
    }

    @Test
    void tooFewEndorsementsLetAnIssuerAdminIssueTheBadgeAnyway() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);

        partnerAnswers("decline");
        assertThat(process).isWaitingAt("Task_EndorsementMissing");
        decideAsAdmin(nomination, "issue", "The partner was closed all month; the jury's approval stands.");
        execute(job("Task_IssueBadge", process));

        assertThat(process).hasPassed("Task_EndorsementMissing", "Task_IssueBadge", "Event_BadgeIssued").isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.AWARDED);
    }

    @Test
    void tooFewEndorsementsLetAnIssuerAdminCloseTheNominationWithACommentTheNomineeReceives() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, "expert-numerique");
        ProcessInstance process = processOf(nomination);

        partnerAnswers("decline");
        decideAsAdmin(nomination, "close", "No partner could confirm the work in time.");

        assertThat(process).hasPassed("Task_CloseNomination", "Event_NominationClosed").hasNotPassed("Task_IssueBadge")
                .isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(assertionsOf(nomination)).isZero();
        assertThat(outbox.sentTo(bob.email())).anySatisfy(mail -> {
            assertThat(mail.template()).isEqualTo(MailTemplate.NOMINATION_CLOSED.name());
            assertThat(mail.body()).contains("No partner could confirm the work in time.");
        });
    }

    @Test
    void twoPartnersAskedInParallelOneEndorsesOneDeclinesAndOneIsEnough() {
        PartnerOrganisation museum = freshPartner("Musée");
        PartnerOrganisation company = freshPartner("Entreprise");
        String badgeKey = badgeEndorsedBy(museum, company);
        Member bob = people.fresh("Bob");
        NominationDetails nomination = approvedByTheJury(bob, badgeKey);
        ProcessInstance process = processOf(nomination);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("endorsement")
                .superProcessInstanceId(process.getId()).count()).isEqualTo(2);

        answer(museum.email(), "endorse");
        assertThat(process).isWaitingAt("Activity_RequestEndorsements");
        answer(company.email(), "decline");
        execute(job("Task_IssueBadge", process));

        assertThat(process).hasNotPassed("Task_EndorsementMissing").hasPassed("Event_BadgeIssued").isEnded();
        NominationDetails awarded = reload("alice", nomination);
        assertThat(hostedDocuments.assertion(new AssertionId(awarded.assertionId())).orElseThrow().json())
                .containsOnlyOnce("/ob/v2/endorsements/");
    }

    @Test
    void aNominationOfSomeoneWhoHoldsTheBadgeStopsWithoutAskingThemAndOnlyAdminsSeeWhy() {
        Member bob = people.fresh("Bob");
        people.as("admin", () -> assertions.issue(IssueBadges.to(bob, badgeClasses.findByKey("citoyen")
                .orElseThrow().id())));
        NominationDetails nomination = nominate("alice", bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        assertThat(nomination.status()).isEqualTo(NominationStatus.IN_PROGRESS);
        assertThat(process).isWaitingAt("Task_StopNomination");

        execute(job("Task_StopNomination", process));

        assertThat(process).hasPassed("Gateway_CanGoAhead", "Event_NominationStopped")
                .hasNotPassed("Task_AcceptNomination").isEnded();
        assertThat(reload("alice", nomination).status()).isEqualTo(NominationStatus.STOPPED);
        assertThat(reload("alice", nomination).stopReason()).as("the nominator is not told why").isNull();
        assertThat(reload("admin", nomination).stopReason()).isEqualTo("nomination.already-held");
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
        NominationDetails nomination = underReview(bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        vote(nomination, "claire", "approve");
        vote(nomination, "david", "approve");
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .as("not before the escalation").hasMessageContaining("review.not-stalled");

        escalate(process);
        people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination)));

        assertThat(process).hasPassed("Event_ReviewClosedWithVotesInHand", "Task_TallyVotes", "Task_DecideOutcome")
                .isWaitingAt("Task_IssueBadge");
        assertThat(reviewTasksOf("emma", nomination)).as("the missing vote is no longer awaited").isEmpty();
        assertThat(people.as("alice", () -> nominations.timeline(idOf(nomination))))
                .extracting(TimelineEntry::activityId).contains("Event_ReviewClosedWithVotesInHand");
    }

    @Test
    void votesInHandShortOfTheQuorumDecideNothingAndSaySo() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = underReview(bob, "citoyen");
        ProcessInstance process = processOf(nomination);
        vote(nomination, "claire", "approve");
        escalate(process);

        assertThat(people.as("admin", () -> stalledReviews.get(idOf(nomination))).decidable()).isFalse();
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .isInstanceOf(DomainException.class).hasMessageContaining("review.votes-short-of-quorum");
        assertThat(process).isWaitingAt("Task_ReviewNomination");
    }

    @Test
    void anAdminGivesAMissingJurorsVoteToAnotherJurorOfTheBadge() {
        Member stand = people.fresh("Stand-in");
        String badgeKey = badgeJudgedBy("claire", "david");
        Member bob = people.fresh("Bob");
        NominationDetails nomination = underReview(bob, badgeKey);
        ProcessInstance process = processOf(nomination);
        vote(nomination, "claire", "approve");
        addToJury(badgeKey, stand);
        escalate(process);

        StalledReview stalled = people.as("admin", () -> stalledReviews.get(idOf(nomination)));
        assertThat(stalled.missing()).extracting(NominationDetails.Person::name).containsExactly("David Leroy");
        assertThat(stalled.replacements()).extracting(NominationDetails.Person::name).containsExactly("Stand-in");
        people.as("admin", () -> stalledReviews.replaceJuror(idOf(nomination), davidId(), stand.id()));

        assertThat(process).hasPassed("Event_JurorReplaced", "Task_ReplaceJuror", "Event_VoteReassigned")
                .isWaitingAt("Task_ReviewNomination");
        assertThat(reviewTasksOf("david", nomination)).isEmpty();
        assertThat(templatesSentTo(stand)).contains(MailTemplate.REVIEW_ASSIGNED.name());
        vote(nomination, stand.email(), "approve");
        assertThat(process).isWaitingAt("Task_IssueBadge");
    }

    @Test
    void anAdminWhoNominatedCannotUnblockTheReview() {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("admin", bob, "citoyen");
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);
        vote(nomination, "claire", "approve");
        vote(nomination, "david", "approve");
        escalate(processOf(nomination));

        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.decideWithVotesInHand(idOf(nomination))))
                .isInstanceOf(DomainException.class).hasMessageContaining("nomination.involved");
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.replaceJuror(idOf(nomination),
                davidId(), davidId()))).hasMessageContaining("nomination.involved");
    }

    @Test
    void theJuryAndQuorumAreFixedWhenTheNominationIsSubmitted() {
        Member newcomer = people.fresh("Newcomer");
        String badgeKey = badgeJudgedBy("claire", "david");
        Member bob = people.fresh("Bob");
        NominationDetails nomination = nominate("alice", bob, badgeKey);
        BadgeClass badge = badgeClasses.findByKey(badgeKey).orElseThrow();
        BadgeClassForm edited = BadgeClassForm.of(badge, List.of());
        people.as("admin", () -> badgeClasses.update(badge.id(), new BadgeClassForm(edited.name(), edited.key(),
                edited.description(), edited.criteria(), edited.tags(), edited.policy(), 3, edited.maxRounds(),
                edited.acceptanceDays(), edited.evidenceDays(), edited.evidenceReminderDays(), edited.reviewDays(),
                edited.reviewReminderDays(), edited.endorsementDays(), edited.endorsementReminderDays(),
                edited.validityMonths(), edited.prerequisites(), edited.endorsers(), edited.minEndorsements(),
                Set.of(people.as("claire", () -> currentMember.id()), davidId(), newcomer.id()),
                edited.alignments(), edited.verification())));
        assertThat(badgeClasses.findByKey(badgeKey).orElseThrow().review().quorum()).isEqualTo(3);
        answer(bob, nomination, "accept");
        submitEvidence(bob, nomination);

        assertThat(reviewTasksOf(newcomer.email(), nomination)).isEmpty();
        vote(nomination, "claire", "approve");
        vote(nomination, "david", "approve");
        assertThat(processOf(nomination)).isWaitingAt("Task_IssueBadge");
    }

    @Test
    void anIssuerAdminWhoIsTheNomineeIsNotOfferedTheDecisionWithoutEndorsements() {
        Member nominee = freshAdmin();
        NominationDetails nomination = approvedByTheJury(nominee, "expert-numerique");

        partnerAnswers("decline");

        assertThat(processOf(nomination)).isWaitingAt("Task_EndorsementMissing");
        assertThat(reviewTasksOf(nominee.email(), nomination)).isEmpty();
        assertThat(reviewTasksOf("admin", nomination)).extracting(TaskSummary::taskDefinitionKey)
                .containsExactly("Task_EndorsementMissing");
    }

    @Test
    void aNomineeWhoSitsOnTheJurySeesNoVoteBeforeTheOutcomeAndNoJurorsName() {
        Member bob = people.fresh("Bob");
        String badgeKey = badgeJudgedBy("claire", "david", bob.email());
        NominationDetails nomination = underReview(bob, badgeKey);
        vote(nomination, "claire", "revise");

        assertThat(reload(bob.email(), nomination).reviews()).isEmpty();
        assertThat(people.as(bob.email(), () -> nominations.timeline(idOf(nomination))))
                .filteredOn(step -> step.activityId().equals("Task_ReviewNomination")).hasSize(1);
        assertThat(reload("admin", nomination).reviews()).singleElement()
                .satisfies(review -> assertThat(review.juror().name()).isEqualTo("Claire Petit"));

        vote(nomination, "david", "approve");
        assertThat(reload(bob.email(), nomination).reviews()).hasSize(2)
                .allSatisfy(review -> assertThat(review.juror()).isNull());
    }

    private NominationDetails underReview(Member nominee, String badgeKey) {
        NominationDetails nomination = nominate("alice", nominee, badgeKey);
        answer(nominee, nomination, "accept");
        submitEvidence(nominee, nomination);
        return nomination;
    }

    /** The review is overdue: the jurors were reminded and the issuer admins alerted. */
    private void escalate(ProcessInstance process) {
        execute(job("Event_ReviewReminderDue", process));
        execute(job("Event_ReviewOverdue", process));
        assertThat(process).hasPassed("Task_EscalateReview");
    }

    /** A published copy of citoyen judged by its own jury of these people (logins), quorum 2. */
    private String badgeJudgedBy(String... jurors) {
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        String key = "judged-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<MemberId> members = Arrays.stream(jurors).map(login -> people.as(login, () -> currentMember.id()))
                .toList();
        ReviewRules rules = new ReviewRules(ReviewPolicy.VOTES, juries.create(key, members), 2, 3);
        NewBadgeClass judged = new NewBadgeClass(citoyen.issuerId(), key, "Judged citizen " + key, "Judged.",
                "Judged by its own jury.", List.of(), rules, citoyen.deadlines(), null, Set.of(), Set.of(), 0,
                List.of(), null);
        people.as("admin", () -> badgeClasses.publish(badgeClasses.create(judged).id()));
        return key;
    }

    private void addToJury(String badgeKey, Member juror) {
        JuryId jury = badgeClasses.findByKey(badgeKey).orElseThrow().review().jury();
        List<MemberId> sitting = new java.util.ArrayList<>(juries.members(jury));
        sitting.add(juror.id());
        people.as("admin", () -> juries.replaceMembers(jury, sitting));
    }

    private Member freshAdmin() {
        String address = "admin-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return members.createAccount(new NewAccount(null, address, "Ada Admin", People.PASSWORD, Locale.ENGLISH,
                Set.of(Role.MEMBER, Role.ISSUER_ADMIN)));
    }

    private MemberId davidId() {
        return people.as("david", () -> currentMember.id());
    }

    private static NominationId idOf(NominationDetails nomination) {
        return new NominationId(nomination.id());
    }

    private PartnerOrganisation freshPartner(String name) {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        return people.as("admin", () -> partners.create(new PartnerForm(name + " " + suffix,
                "https://partner.example.org", name.toLowerCase() + "-" + suffix + "@example.org", null)));
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
        NominationDetails nomination = nominate("alice", nominee, badgeKey);
        answer(nominee, nomination, "accept");
        submitEvidence(nominee, nomination);
        voteAll(nomination, "approve", "approve", "approve");
        return nomination;
    }

    /** The demo partner follows the newest link it was emailed, as from its mail client. */
    private void partnerAnswers(String decision) {
        answer("partner@example.org", decision);
    }

    private void answer(String partnerEmail, String decision) {
        UUID request = outbox.sentTo(partnerEmail).stream()
                .filter(mail -> mail.template().equals(MailTemplate.ENDORSEMENT_REQUESTED.name()))
                .findFirst().orElseThrow().id();
        String body = delivery.prepare(request).orElseThrow();
        Matcher link = Pattern.compile("/endorse/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("a link in " + body).isTrue();
        endorsements.decide(link.group(1), Map.of("decision", decision, "comment", "Our answer, after a visit.",
                "endorserName", "Paula Partner"));
    }

    private void decideAsAdmin(NominationDetails nomination, String decision, String comment) {
        String task = taskOf("admin", nomination, "Task_EndorsementMissing").id();
        people.as("admin", () -> taskList.claim(task));
        people.as("admin", () -> taskList.complete(task, Map.of("decision", decision, "comment", comment)));
    }

    private NominationDetails nominate(String nominator, Member nominee, String badgeKey) {
        return people.as(nominator, () -> nominations.submit(new SubmitNomination(badgeId(badgeKey),
                nominee.email(), nominee.name(), NARRATIVE, NominationKind.NOMINATION)));
    }

    private String badgeId(String key) {
        return badgeClasses.findByKey(key).orElseThrow().id().toString();
    }

    private ProcessInstance processOf(NominationDetails nomination) {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(nomination.id().toString())
                .singleResult();
    }

    private NominationDetails reload(String viewer, NominationDetails nomination) {
        return people.as(viewer, () -> nominations.get(new NominationId(nomination.id())));
    }

    private void answer(Member nominee, NominationDetails nomination, String decision) {
        complete(nominee.email(), nomination, "Task_AcceptNomination",
                Map.of("decision", decision, "publicConsent", true, "message", "Thank you!"));
    }

    private void submitEvidence(Member nominee, NominationDetails nomination) {
        complete(nominee.email(), nomination, "Task_SubmitEvidence", Map.of("narrative", NARRATIVE + " (evidence)",
                "items", List.of(Map.of("name", "Council minutes", "url", "https://example.org/minutes.pdf"))));
    }

    /** claire, david and emma vote in this order. */
    private void voteAll(NominationDetails nomination, String claire, String david, String emma) {
        vote(nomination, "claire", claire);
        vote(nomination, "david", david);
        vote(nomination, "emma", emma);
    }

    private void vote(NominationDetails nomination, String juror, String verdict) {
        complete(juror, nomination, "Task_ReviewNomination",
                Map.of("verdict", verdict, "comment", "Comment from " + juror));
    }

    private void complete(String login, NominationDetails nomination, String taskKey, Map<String, ?> values) {
        String taskId = taskOf(login, nomination, taskKey).id();
        people.as(login, () -> taskList.complete(taskId, values));
    }

    private TaskSummary taskOf(String login, NominationDetails nomination, String taskKey) {
        return people.as(login, () -> taskList.mine()).stream()
                .filter(task -> task.businessKey().equals(nomination.id().toString())
                        && task.taskDefinitionKey().equals(taskKey))
                .findFirst().orElseThrow(() -> new AssertionError(login + " has no " + taskKey));
    }

    private List<TaskSummary> reviewTasksOf(String login, NominationDetails nomination) {
        return people.as(login, () -> taskList.mine()).stream()
                .filter(task -> task.businessKey().equals(nomination.id().toString())).toList();
    }

    private List<String> templatesSentTo(Member member) {
        return templatesSentTo(member.email());
    }

    private List<String> templatesSentTo(String address) {
        return outbox.sentTo(address).stream().map(OutboxMessage::template).toList();
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
