package org.accolade.nomination;

import static org.accolade.nomination.internal.RecognitionContract.ISSUE_BADGE;
import static org.accolade.nomination.internal.RecognitionContract.STOP_NOMINATION;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.Audience;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.AssertionSummary;
import org.accolade.issuance.HostedCredentials;
import org.accolade.issuance.HostedDocuments;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.OutboxMessage;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.tasks.TaskFilter;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskOrganisations;
import org.accolade.tasks.TaskSummary;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two organisations award badges at the same time (ADR 17): the collège's citoyen judged by claire, david and emma,
 * the université's tutorat by victor and wendy; each jury, admin, outbox and list of issued badges keeps to its own
 * organisation. And who may be nominated, by a badge class's audience.
 */
@SharedApplicationTest
class TwoOrganisationsTest {

    @Autowired
    private NominationService nominations;
    @Autowired
    private StalledReviewService stalledReviews;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private TaskOrganisations organisations;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private HostedDocuments documents;
    @Autowired
    private HostedCredentials credentials;
    @Autowired
    private OpenBadgesUrls urls;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ObjectMapper json;

    private People people;
    private Recognitions recognitions;
    private OrganisationId college;
    private OrganisationId university;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        college = people.college();
        university = people.university();
    }

    @Test
    void eachJuryJudgesOnlyItsOwnOrganisationsNominationsAndEachBadgeCarriesItsIssuer() throws Exception {
        Member pupil = recognitions.nominee();
        Member student = student("Student");
        NominationDetails citoyen = recognitions.nominate("alice", pupil, "citoyen");
        NominationDetails tutorat = recognitions.nominate("bob", student, "tutorat");
        recognitions.accept(pupil, citoyen);
        recognitions.accept(student, tutorat);
        recognitions.submitEvidence(pupil, citoyen);
        recognitions.submitEvidence(student, tutorat);

        assertThat(citoyen.organisationId()).isEqualTo(college.value());
        assertThat(tutorat.organisationId()).isEqualTo(university.value());
        assertThat(recognitions.tasksOf("victor", citoyen)).isEmpty();
        assertThat(recognitions.tasksOf("claire", tutorat)).isEmpty();
        assertThat(recognitions.tasksOf("wendy", tutorat)).singleElement()
                .satisfies(task -> assertThat(task.organisationId()).isEqualTo(university));
        assertThat(tasksOf("claire")).extracting(TaskSummary::organisationId).doesNotContain(university);
        assertThat(tasksOf("victor")).extracting(TaskSummary::organisationId).doesNotContain(college);

        recognitions.voteAll(citoyen, APPROVE, APPROVE, APPROVE);
        recognitions.vote("victor", tutorat, APPROVE);
        recognitions.vote("wendy", tutorat, APPROVE);
        AssertionId citoyenBadge = issued("alice", citoyen);
        AssertionId tutoratBadge = issued("bob", tutorat);

        assertIssuedBy(citoyenBadge, citoyen, college);
        assertIssuedBy(tutoratBadge, tutorat, university);
        assertThat(adminsBadges("admin")).extracting(AssertionSummary::organisationId).containsOnly(college);
        assertThat(adminsBadges("admin")).extracting(AssertionSummary::id).contains(citoyenBadge)
                .doesNotContain(tutoratBadge);
        assertThat(adminsBadges("ursula")).extracting(AssertionSummary::organisationId).containsOnly(university);
        assertThat(adminsBadges("ursula")).extracting(AssertionSummary::id).contains(tutoratBadge);
        assertThat(tasksOf("admin")).extracting(TaskSummary::organisationId).doesNotContain(university);
        assertThat(tasksOf("ursula")).extracting(TaskSummary::organisationId).doesNotContain(college);
    }

    @Test
    void eachAdminsOutboxHoldsTheirOrganisationsMailAndTheSystemAdminsAlsoThePlatforms() {
        Member student = student("Mailed");
        recognitions.nominate("bob", student, "tutorat");
        recognitions.nominate("alice", recognitions.nominee(), "citoyen");

        List<OutboxMessage> ursulas = people.as("ursula", () -> outbox.list(null, 0, 200));
        assertThat(ursulas).extracting(OutboxMessage::organisationId).containsOnly(university.value());
        assertThat(ursulas).extracting(OutboxMessage::recipient).contains(student.email());
        assertThat(people.as("ursula", () -> outbox.count(null))).isEqualTo(mailAbout(university.value(), false));
        assertThat(people.as("admin", () -> outbox.list(null, 0, 200))).extracting(OutboxMessage::organisationId)
                .doesNotContain(university.value()).contains(college.value());
        assertThat(people.as("admin", () -> outbox.count(null))).as("the collège's and the platform's")
                .isEqualTo(mailAbout(college.value(), true));
    }

    @Test
    void aMailAboutAnOrganisationIsSignedWithItsNameAndThePlatformsByAccolade() {
        Member student = student("Signed");
        recognitions.nominate("bob", student, "tutorat");
        String invited = "signed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        recognitions.nominate("alice", invited, "Invité", "citoyen");

        assertThat(people.as("ursula", () -> outbox.list(null, 0, 200))).filteredOn(
                mail -> mail.recipient().equals(student.email())).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Université démo\n\n")
                        .doesNotContain("Accolade team").doesNotContain("équipe Accolade"));
        assertThat(people.as("admin", () -> outbox.list(null, 0, 200))).filteredOn(
                mail -> mail.recipient().equals(invited)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("Collège démo des Trois-Clochers\n\n"));
    }

    @Test
    void anotherOrganisationsMailCannotBeResent() {
        recognitions.nominate("bob", student("Resent"), "tutorat");
        UUID universityMail = people.as("ursula", () -> outbox.list(null, 0, 1)).get(0).id();

        assertThatThrownBy(() -> people.as("admin", () -> outbox.resend(universityMail)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(refused.code()).isEqualTo("outbox.unknown");
                });
    }

    @Test
    void anAdminOfTheCollegeCannotRevokeABadgeOfTheUniversityWhichStaysValid() {
        Member student = student("Kept");
        NominationDetails tutorat = recognitions.nominate("bob", student, "tutorat");
        recognitions.accept(student, tutorat);
        recognitions.submitEvidence(student, tutorat);
        recognitions.vote("victor", tutorat, APPROVE);
        recognitions.vote("wendy", tutorat, APPROVE);
        AssertionId badge = issued("bob", tutorat);

        assertThatThrownBy(() -> people.as("admin", () -> assertions.revoke(badge, "Not ours to judge.")))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(refused.code()).isEqualTo("assertion.unknown");
                });
        assertThat(assertions.publicBadge(badge).orElseThrow().revokedAt()).isNull();
        assertThat(people.as("ursula", () -> assertions.revoke(badge, "Tutoring never took place.")).revokedAt())
                .as("its own admin may").isNotNull();
    }

    @Test
    void anAdminOfAnotherOrganisationSeesANominationAsAStrangerAndCannotActOnItsReview() {
        NominationDetails tutorat = recognitions.nominate("bob", student("Stranger"), "tutorat");
        NominationId id = new NominationId(tutorat.id());

        assertThatThrownBy(() -> recognitions.reload("admin", tutorat)).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.code()).isEqualTo("nomination.not-yours"));
        assertThat(recognitions.reload("ursula", tutorat).organisationId()).isEqualTo(university.value());
        assertThatThrownBy(() -> people.as("admin", () -> stalledReviews.get(id)))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(refused.code()).isEqualTo("nomination.unknown");
                });
        assertThat(people.as("ursula", () -> stalledReviews.get(id)).escalated()).isFalse();
    }

    @Test
    void aPersonInTwoOrganisationsFiltersTheirTasksByOrganisationInTheDatabase() {
        Member twin = people.freshIn("Twin-" + UUID.randomUUID().toString().substring(0, 8),
                Membership.member(college), Membership.member(university));
        recognitions.nominate(people.fresh("Nina").email(), twin, "citoyen");
        NominationDetails tutorat = recognitions.nominate("bob", twin, "tutorat");
        TaskFilter ofUniversity = new TaskFilter(TaskFilter.Scope.MINE, null, null, null, university);

        assertThat(people.as(twin.email(), () -> taskList.find(ofUniversity, 0, 10)))
                .extracting(entry -> entry.task().businessKey()).containsExactly(tutorat.id().toString());
        assertThat(people.as(twin.email(), () -> taskList.count(ofUniversity))).isEqualTo(1);
        assertThat(people.as(twin.email(), () -> taskList.count(TaskFilter.of(TaskFilter.Scope.MINE))))
                .isEqualTo(2);
        assertThat(people.as(twin.email(), () -> taskList.mine(college))).extracting(TaskSummary::organisationId)
                .containsExactly(college);
        assertThat(people.as(twin.email(), () -> organisations.mine())).extracting(Issuer::id)
                .containsExactlyInAnyOrder(college, university);
        assertThat(people.as("alice", () -> organisations.mine())).extracting(Issuer::id).containsExactly(college);
    }

    @Test
    void aTaskListFilterNamesAnOrganisationByItsKeyOrItsIdAndRefusesAnUnknownOne() {
        assertThat(people.as("alice", () -> organisations.named("universite"))).isEqualTo(university);
        assertThat(people.as("alice", () -> organisations.named(" " + university + " "))).isEqualTo(university);
        assertThatThrownBy(() -> people.as("alice", () -> organisations.named("nowhere")))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(refused.field()).isEqualTo("organisation");
                    assertThat(refused.arguments()).containsExactly("nowhere");
                });
    }

    @Test
    void aBadgeOpenToTheNetworkRefusesAnAddressWithoutAccountAndInvitesNobody() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        assertThatThrownBy(() -> recognitions.nominate("bob", unknown, "Nobody", "tutorat"))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("nomination.nominee-unknown");
                    assertThat(refused.field()).isEqualTo("nomineeEmail");
                });
        assertThat(members.findByEmail(unknown)).isEmpty();
    }

    @Test
    void aBadgeOpenToTheNetworkTakesAnyoneWithAnAccountWhateverTheirOrganisation() {
        Member pupil = recognitions.nominee();

        assertThat(recognitions.nominate("bob", pupil, "tutorat").status()).isEqualTo(NominationStatus.IN_PROGRESS);
        assertThat(recognitions.request(recognitions.nominee(), "tutorat").status())
                .isEqualTo(NominationStatus.IN_PROGRESS);
    }

    @Test
    void aBadgeByInvitationStillInvitesAnAddressWithoutAccount() {
        String unknown = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        recognitions.nominate(people.fresh("Nina").email(), unknown, "Invited", "citoyen");

        assertThat(members.findByEmail(unknown)).hasValueSatisfying(
                invited -> assertThat(invited.hasAccount()).isFalse());
    }

    @Test
    void aMemberOfAnotherOrganisationAskingForABadgeReservedToItsMembersIsToldSo() {
        String reserved = reservedToUniversityMembers();

        assertThatThrownBy(() -> recognitions.request(recognitions.nominee(), reserved))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.code()).isEqualTo("nomination.not-a-member");
                    assertThat(refused.field()).isEqualTo("badgeClassId");
                });
        assertThat(recognitions.request(student("Member"), reserved).status())
                .isEqualTo(NominationStatus.IN_PROGRESS);
    }

    @Test
    void aJurorOfTheOrganisationBelongsToItAsItsMembersDo() {
        String reserved = reservedToUniversityMembers();
        Member juror = people.freshIn("Juror-" + UUID.randomUUID().toString().substring(0, 8),
                Membership.juror(university));

        assertThat(recognitions.request(juror, reserved).status()).isEqualTo(NominationStatus.IN_PROGRESS);
    }

    @Test
    void aNominationOfANonMemberForABadgeReservedToMembersStopsWithoutTellingTheNominatorWhy() {
        String reserved = reservedToUniversityMembers();

        NominationDetails outsider = recognitions.nominate("bob", recognitions.nominee(), reserved);
        NominationDetails member = recognitions.nominate("bob", student("Insider"), reserved);
        executeJob(outsider, STOP_NOMINATION);

        assertThat(recognitions.reload("bob", outsider).status()).isEqualTo(NominationStatus.STOPPED);
        assertThat(recognitions.reload("bob", outsider).stopReason()).isNull();
        assertThat(recognitions.reload("ursula", outsider).stopReason()).isEqualTo("nomination.not-a-member");
        assertThat(recognitions.reload("bob", member).stopReason()).isNull();
        assertThat(recognitions.reload("bob", member).stage()).isEqualTo(NominationStage.ACCEPTANCE);
    }

    private Member student(String name) {
        return people.freshIn(name + "-" + UUID.randomUUID().toString().substring(0, 8),
                Membership.member(university));
    }

    private List<TaskSummary> tasksOf(String login) {
        return people.as(login, () -> taskList.mine());
    }

    private List<AssertionSummary> adminsBadges(String login) {
        return people.as(login, () -> assertions.page(0, assertions.count()));
    }

    private int mailAbout(UUID organisation, boolean andThePlatforms) {
        return jdbc.sql("select count(*) from mail_message where organisation_id = :organisation"
                        + (andThePlatforms ? " or organisation_id is null" : ""))
                .param("organisation", organisation).query(Integer.class).single();
    }

    /** A published copy of tutorat, judged by the same jury, that only the université's members may receive. */
    private String reservedToUniversityMembers() {
        BadgeClass tutorat = badgeClasses.findByKey("tutorat").orElseThrow();
        String key = "reserved-" + UUID.randomUUID().toString().substring(0, 8);
        NewBadgeClass reserved = new NewBadgeClass(university, key, "Reserved " + key, "Reserved.",
                "Only for the université's members.", List.of(), tutorat.review(), tutorat.deadlines(), null,
                Set.of(), Set.of(), 0, List.of(), null, Audience.ORGANISATION);
        people.as("ursula", () -> badgeClasses.publish(badgeClasses.create(reserved).id()));
        return key;
    }

    private AssertionId issued(String nominator, NominationDetails nomination) {
        executeJob(nomination, ISSUE_BADGE);
        NominationDetails awarded = recognitions.reload(nominator, nomination);
        assertThat(awarded.status()).isEqualTo(NominationStatus.AWARDED);
        return new AssertionId(awarded.assertionId());
    }

    private void executeJob(NominationDetails nomination, String activityId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(nomination.id().toString())
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).activityId(activityId)
                .singleResult().getId());
    }

    /** The Open Badges 2.0 badge class and, when signed, the 3.0 credential name the organisation as issuer. */
    private void assertIssuedBy(AssertionId badge, NominationDetails nomination, OrganisationId organisation)
            throws Exception {
        JsonNode badgeClass = json.readTree(documents.badgeClass(new BadgeClassId(nomination.badgeClassId()))
                .orElseThrow());
        assertThat(badgeClass.path("issuer").asText()).isEqualTo(urls.issuer(organisation));
        assertThat(jdbc.sql("select organisation_id from assertion where id = :id").param("id", badge.value())
                .query(UUID.class).single()).isEqualTo(organisation.value());
        for (String credential : credentials.credential(badge).stream().toList()) {
            assertThat(json.readTree(credential).at("/issuer/id").asText()).endsWith(":" + organisation);
        }
    }
}
