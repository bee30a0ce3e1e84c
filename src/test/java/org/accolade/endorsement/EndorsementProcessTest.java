package org.accolade.endorsement;

import static org.accolade.endorsement.PartnerRequests.answer;
import static org.accolade.endorsement.internal.EndorsementContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.PartnerRequests.Asked;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.shared.DomainException;
import org.accolade.tasks.TaskListService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * endorsement.bpmn, one test per path, on the application with its real delegates (ADR 3): an admin asks through
 * the service, the partner answers with the link of the email read from the outbox, timers fire by executing their
 * jobs. Same configuration as RecognitionProcessTest, so the two share one context.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:recognition-process;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE" })
class EndorsementProcessTest {

    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
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

    private People people;
    private PartnerRequests partners;
    private Recognitions recognitions;

    @BeforeEach
    void setUp() {
        init(engine);
        people = new People(members, users);
        partners = new PartnerRequests(partnerService, outbox, delivery, endorsements, people);
        recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
    }

    @Test
    void aPartnerWhoEndorsesThroughTheEmailedLinkEndsTheProcessEndorsed() {
        BadgeClass citoyen = badge("citoyen");
        Asked asked = partners.ask("Entreprise", EndorsedSubject.badgeClass(citoyen.id()));
        PartnerOrganisation partner = asked.partner();
        String token = asked.token();
        ProcessInstance process = processOf(asked);
        assertThat(process).isWaitingAt(AWAIT_DECISION).hasPassed(CREATE_REQUEST);

        assertThat(partners.mailsTo(partner)).singleElement().satisfies(mail -> {
            assertThat(mail.language()).isEqualTo("fr");
            assertThat(mail.subject()).contains(citoyen.name());
            assertThat(mail.body()).contains(partner.name(), "/endorse/" + MailMessageRepository.MASK,
                    "valable jusqu’au").doesNotContain(token);
        });

        EndorsementAsk ask = endorsements.describe(token);
        assertThat(ask.partnerName()).isEqualTo(partner.name());
        assertThat(ask.badge().name()).isEqualTo(citoyen.name());
        assertThat(ask.badge().criteria()).isEqualTo(citoyen.criteria());
        EndorsementDecision decision = endorsements.decide(token, answer("endorse"));

        assertThat(process).hasPassed(ENDORSEMENT_DECIDED_EVENT).isEnded();
        assertThat(endorsed(process)).isTrue();
        assertThat(decision.status()).isEqualTo(EndorsementStatus.ENDORSED);
        assertThat(partners.endorsementsBy(partner, EndorsedSubject.badgeClass(citoyen.id()))).singleElement()
                .satisfies(endorsement -> {
                    assertThat(endorsement.id()).isEqualTo(decision.endorsementId());
                    assertThat(endorsement.comment()).isEqualTo("We hire on this badge.");
                    assertThat(endorsement.endorserName()).isEqualTo("Paula Partner");
                    assertThat(endorsement.endorserRole()).isEqualTo("Head of training");
                });
        assertGone(token, "endorsement.used");
    }

    @Test
    void aPartnerWhoDeclinesEndsTheProcessWithoutAnEndorsement() {
        EndorsedSubject issuer = EndorsedSubject.issuer(badge("citoyen").issuerId());
        Asked asked = partners.ask("Musée", issuer);
        ProcessInstance process = processOf(asked);

        EndorsementDecision decision = endorsements.decide(asked.token(), answer("decline"));

        assertThat(process).hasPassed(ENDORSEMENT_DECIDED_EVENT).isEnded();
        assertThat(endorsed(process)).isFalse();
        assertThat(decision).isEqualTo(new EndorsementDecision(EndorsementStatus.DECLINED, null));
        assertThat(partners.endorsementsBy(asked.partner(), issuer)).isEmpty();
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.DECLINED);
    }

    @Test
    void aReminderSendsANewLinkThatReplacesTheFirstThenThePartnerEndorses() {
        Asked asked = partners.ask("Association", EndorsedSubject.badgeClass(badge("solidaire").id()));
        ProcessInstance process = processOf(asked);
        String first = asked.token();

        execute(job(REMINDER_DUE, process));

        assertThat(process).hasPassed(REMIND_PARTNER, PARTNER_REMINDED).isWaitingAt(AWAIT_DECISION);
        String second = partners.latestToken(asked.partner(), MailTemplate.ENDORSEMENT_REMINDER);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> endorsements.decide(first, answer("endorse"))).isInstanceOfSatisfying(
                DomainException.class, refusal -> assertThat(refusal.code()).isEqualTo("endorsement.unknown"));
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.PENDING);
        endorsements.decide(second, answer("endorse"));
        assertThat(process).isEnded();
        assertThat(endorsed(process)).isTrue();
    }

    @Test
    void aRequestNotAnsweredInTimeExpiresAndItsLinkIsRefused() {
        Asked asked = partners.ask("Collectivité", EndorsedSubject.badgeClass(badge("citoyen").id()));
        ProcessInstance process = processOf(asked);

        execute(job(REQUEST_OVERDUE, process));

        assertThat(process).hasPassed(EXPIRE_REQUEST, REQUEST_EXPIRED).isEnded();
        assertThat(endorsed(process)).isFalse();
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.EXPIRED);
        assertGone(asked.token(), "endorsement.expired");
    }

    @Test
    void aBadgeClassWithItsOwnDeadlinesGivesItsPartnersThoseDeadlines() {
        BadgeClass citoyen = badge("citoyen");
        Deadlines d = citoyen.deadlines();
        Deadlines own = new Deadlines(d.acceptancePeriod(), d.evidencePeriod(), d.evidenceReminderLead(),
                d.reviewPeriod(), d.reviewReminderLead(), Duration.ofDays(40), Duration.ofDays(10));
        NewBadgeClass definition = new NewBadgeClass(citoyen.issuerId(), "own-deadlines-" + UUID.randomUUID(),
                "Own deadlines", "Partners get longer.", "As citoyen.", List.of(), citoyen.review(), own, null,
                Set.of(), Set.of(), 0, List.of(), null);
        BadgeClass badge = people.as("admin", () -> badgeClasses.publish(badgeClasses.create(definition).id()));

        ProcessInstance process = processOf(partners.ask("Théâtre", EndorsedSubject.badgeClass(badge.id())));

        assertThat(runtimeService().getVariable(process.getId(), Start.REMINDER_AFTER)).isEqualTo("PT240H");
        assertThat(runtimeService().getVariable(process.getId(), Start.EXPIRE_AFTER)).isEqualTo("PT960H");
    }

    @Test
    void anAdminWhoCancelsEndsTheProcessAndTheLinkStopsWorking() {
        Asked asked = partners.ask("Fondation", EndorsedSubject.badgeClass(badge("citoyen").id()));
        ProcessInstance process = processOf(asked);

        people.as("admin", () -> endorsements.cancel(asked.request()));

        assertThat(process).hasPassed(REQUEST_CANCELLED).hasNotPassed(ENDORSEMENT_DECIDED_EVENT).isEnded();
        assertThat(endorsed(process)).isFalse();
        assertThat(partners.statusOf(asked.request())).isEqualTo(EndorsementStatus.CANCELLED);
        assertGone(asked.token(), "endorsement.cancelled");
    }

    @Test
    void anAwardShowsTheNomineeAndOnlyTheEvidenceTheyAgreedToShow() {
        PartnerOrganisation partner = partners.freshPartner("Entreprise");
        NominationDetails consenting = nominationWithEvidence(true);
        NominationDetails withheld = nominationWithEvidence(false);

        EndorsementAsk shown = endorsements.describe(awardToken(partner, consenting));
        EndorsementAsk hidden = endorsements.describe(awardToken(partner, withheld));

        assertThat(shown.subjectType()).isEqualTo(EndorsedSubject.Type.ASSERTION);
        assertThat(shown.badge().name()).isEqualTo(badge("citoyen").name());
        assertThat(shown.award().nomineeName()).isEqualTo(consenting.nominee().name());
        assertThat(shown.award().narrative()).isEqualTo(Recognitions.EVIDENCE);
        assertThat(shown.award().evidence()).extracting(EndorsementAsk.Evidence::url)
                .containsExactly(Recognitions.EVIDENCE_URL);
        assertThat(shown.award().nomineeShown()).isTrue();
        assertThat(hidden.award().nomineeShown()).isFalse();
        assertThat(hidden.award().nomineeName()).isNull();
        assertThat(hidden.award().narrative()).isNull();
        assertThat(hidden.award().evidence()).isEmpty();
        assertThat(hidden.award().round()).isEqualTo(1);
        // Both nominees are called Bob: only the mail about the one who consented names him.
        assertThat(partners.mailsTo(partner)).extracting(OutboxMessage::subject).hasSize(2)
                .filteredOn(subject -> subject.contains(withheld.nominee().name())).hasSize(1);
    }

    @Test
    void onlyIssuerAdminsAskPartners() {
        PartnerOrganisation partner = partners.freshPartner("Entreprise");
        EndorsedSubject citoyen = EndorsedSubject.badgeClass(badge("citoyen").id());

        assertThatThrownBy(() -> people.as("alice", () -> endorsements.request(partner.id(), citoyen)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(partners.mailsTo(partner)).isEmpty();
    }

    @Test
    void askingAboutAnUnknownBadgeOrPartnerIsRefusedAndStartsNothing() {
        PartnerOrganisation partner = partners.freshPartner("Entreprise");
        EndorsedSubject unknownBadge = new EndorsedSubject(EndorsedSubject.Type.BADGE_CLASS, UUID.randomUUID());
        long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        assertThatThrownBy(() -> partners.ask(partner, unknownBadge)).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.code()).isEqualTo("badge-class.unknown"));
        PartnerOrganisation unknownPartner = new PartnerOrganisation(new PartnerId(UUID.randomUUID()), "Nobody", null,
                "nobody@example.org", null, null, java.util.Locale.FRENCH);
        assertThatThrownBy(() -> partners.ask(unknownPartner, EndorsedSubject.badgeClass(badge("citoyen").id())))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("endorsement.partner.unknown"));

        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
                .isEqualTo(before);
        assertThat(partners.mailsTo(partner)).isEmpty();
    }

    /** The lifecycle's way in: the process started for an award, with its nomination. */
    private String awardToken(PartnerOrganisation partner, NominationDetails nomination) {
        runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(Start.PARTNER_ID, partner.id().toString(),
                Start.SUBJECT_TYPE, EndorsedSubject.Type.ASSERTION.name(),
                Start.SUBJECT_ID, UUID.randomUUID().toString(), Start.NOMINATION_ID, nomination.id().toString()));
        return partners.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);
    }

    private NominationDetails nominationWithEvidence(boolean publicConsent) {
        Member bob = people.fresh("Bob");
        NominationDetails nomination = recognitions.nominate("alice", bob, "citoyen");
        recognitions.accept(bob, nomination, publicConsent);
        recognitions.submitEvidence(bob, nomination);
        return nomination;
    }

    private void assertGone(String token, String code) {
        for (Runnable attempt : List.<Runnable>of(() -> endorsements.describe(token),
                () -> endorsements.decide(token, answer("decline")))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class, refusal -> {
                assertThat(refusal.kind()).isEqualTo(DomainException.Kind.GONE);
                assertThat(refusal.code()).isEqualTo(code);
            });
        }
    }

    private BadgeClass badge(String key) {
        return badgeClasses.findByKey(key).orElseThrow();
    }

    private ProcessInstance processOf(Asked asked) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(Written.REQUEST_ID, asked.request().toString()).singleResult();
    }

    private boolean endorsed(ProcessInstance process) {
        return (Boolean) historyService().createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(Written.ENDORSED).singleResult().getValue();
    }
}
