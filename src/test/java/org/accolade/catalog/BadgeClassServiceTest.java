package org.accolade.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.SharedApplicationTest;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerService;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationStatus;
import org.accolade.nomination.SubmitNomination;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageUpload;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Badge class administration through the service, as the admin and as a member: the same application and database
 * as the screen tests, so each test makes its own badge classes with fresh keys.
 */
@SharedApplicationTest
class BadgeClassServiceTest {

    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private JuryService juries;
    @Autowired
    private MemberService members;
    @Autowired
    private PartnerService partners;
    @Autowired
    private IssuerService issuers;
    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    private People people;
    private Member juror;
    private Member otherJuror;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        juror = people.fresh("Jules");
        otherJuror = people.fresh("Judith");
    }

    @Test
    void anAdminCreatesADraftReviewedByAJuryOfItsOwn() {
        FormBuilder form = FormBuilder.juredBy(juror.id(), otherJuror.id());
        form.key = "  " + form.key.toUpperCase() + " ";
        form.tags = List.of(" sport ", "team", "sport", "");

        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));

        assertThat(created.status()).isEqualTo(BadgeClassStatus.DRAFT);
        assertThat(created.key()).isEqualTo(form.key.strip().toLowerCase());
        assertThat(created.tags()).containsExactly("sport", "team");
        assertThat(created.deadlines()).isEqualTo(new Deadlines(Duration.ofDays(14), Duration.ofDays(30),
                Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(3), Duration.ofDays(21), Duration.ofDays(7)));
        assertThat(created.validity()).isEqualTo(Period.ofMonths(24));
        assertThat(juries.members(created.review().jury())).containsExactlyInAnyOrder(juror.id(), otherJuror.id());
        assertThat(created.review().jury()).isNotEqualTo(badgeClasses.findByKey("citoyen").orElseThrow()
                .review().jury());
        assertThat(badgeClasses.published()).extracting(BadgeClass::id).doesNotContain(created.id());
    }

    @Test
    void theEditorsFormGivesBackWhatWasSaved() {
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.validityMonths = null;
        form.endorsers = Set.of(partners.all().get(0).id());
        form.minEndorsements = 1;
        form.prerequisites = Set.of(badgeClasses.findByKey("citoyen").orElseThrow().id());
        form.alignments = List.of(new Alignment("Citizenship", "https://example.org/citizenship", "Takes part.",
                "Example framework", "C1"));
        form.verification = VerificationMethod.SIGNED;
        form.audience = Audience.NETWORK;
        form.organisationId = people.college();

        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));

        assertThat(created.audience()).isEqualTo(Audience.NETWORK);
        assertThat(asAdmin(() -> badgeClasses.form(created.id()))).isEqualTo(form.build());
    }

    @Test
    void theEndorsementDeadlinesAreStoredReadBackAndChanged() {
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.endorsementDays = 30;
        form.endorsementReminderDays = 10;
        form.organisationId = people.college();

        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));

        Deadlines read = badgeClasses.findByKey(created.key()).orElseThrow().deadlines();
        assertThat(read.endorsementPeriod()).isEqualTo(Duration.ofDays(30));
        assertThat(read.endorsementReminderAfter()).isEqualTo(Duration.ofDays(10));
        assertThat(asAdmin(() -> badgeClasses.form(created.id()))).isEqualTo(form.build());

        form.endorsementDays = 14;
        form.endorsementReminderDays = 5;
        asAdmin(() -> badgeClasses.update(created.id(), form.build()));
        Deadlines changed = badgeClasses.get(created.id()).deadlines();
        assertThat(changed.endorsementPeriod()).isEqualTo(Duration.ofDays(14));
        assertThat(changed.endorsementReminderAfter()).isEqualTo(Duration.ofDays(5));
    }

    @Test
    void partnersAreRemindedAfterAWeekAndAskedForThreeUnlessTheBadgeClassSaysOtherwise() {
        assertThat(BadgeClassForm.blank(null).endorsementDays()).isEqualTo(21);
        assertThat(BadgeClassForm.blank(null).endorsementReminderDays()).isEqualTo(7);
        assertThat(badgeClasses.findByKey("expert-numerique").orElseThrow().deadlines()).satisfies(demo -> {
            assertThat(demo.endorsementPeriod()).isEqualTo(Duration.ofDays(21));
            assertThat(demo.endorsementReminderAfter()).isEqualTo(Duration.ofDays(7));
        });
        BadgeClass citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
        String key = FormBuilder.juredBy().key;
        // A badge class stored before the endorsement deadlines existed: the migration's defaults apply.
        jdbc.sql("""
                insert into badge_class (id, issuer_id, slug, name, description, criteria, tags, status,
                    review_policy, jury_id, quorum, max_rounds, acceptance_period, evidence_period,
                    evidence_reminder, review_period, review_reminder, validity, min_endorsements, version,
                    verification)
                select :id, issuer_id, :slug, name, description, criteria, tags, 'DRAFT', review_policy, jury_id,
                    quorum, max_rounds, acceptance_period, evidence_period, evidence_reminder, review_period,
                    review_reminder, validity, min_endorsements, 0, verification
                from badge_class where id = :from""")
                .param("id", java.util.UUID.randomUUID()).param("slug", key).param("from", citoyen.id().value())
                .update();

        Deadlines legacy = badgeClasses.findByKey(key).orElseThrow().deadlines();
        assertThat(legacy.endorsementPeriod()).isEqualTo(Duration.ofDays(21));
        assertThat(legacy.endorsementReminderAfter()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void alignmentsAndTheVerificationMethodAreStoredInOrderAndReadBackTrimmed() {
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.verification = VerificationMethod.SIGNED;
        form.alignments = List.of(
                new Alignment(" Developing digital content ", "https://example.org/digcomp#3.1", "  ",
                        "DigComp 2.2", "3.1"),
                new Alignment("Teamwork", "http://example.org/skills/teamwork", "Works with others.", null, ""));

        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));

        List<Alignment> expected = List.of(
                new Alignment("Developing digital content", "https://example.org/digcomp#3.1", null, "DigComp 2.2",
                        "3.1"),
                new Alignment("Teamwork", "http://example.org/skills/teamwork", "Works with others.", null, null));
        assertThat(created.alignments()).containsExactlyElementsOf(expected);
        assertThat(created.verification()).isEqualTo(VerificationMethod.SIGNED);
        BadgeClass read = badgeClasses.findByKey(created.key()).orElseThrow();
        assertThat(read.alignments()).containsExactlyElementsOf(expected);
        assertThat(read.verification()).isEqualTo(VerificationMethod.SIGNED);
    }

    @Test
    void alignmentsAreReplacedReorderedAndRemovedByAnUpdate() {
        Alignment first = new Alignment("First", "https://example.org/1", null, null, null);
        Alignment second = new Alignment("Second", "https://example.org/2", null, null, null);
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.alignments = List.of(first, second);
        BadgeClass created = asAdmin(() -> badgeClasses.create(form.build()));

        form.alignments = List.of(second, first);
        form.verification = VerificationMethod.SIGNED;
        asAdmin(() -> badgeClasses.update(created.id(), form.build()));
        assertThat(badgeClasses.get(created.id()).alignments()).containsExactly(second, first);
        assertThat(badgeClasses.get(created.id()).verification()).isEqualTo(VerificationMethod.SIGNED);

        form.alignments = List.of();
        form.verification = VerificationMethod.HOSTED;
        asAdmin(() -> badgeClasses.update(created.id(), form.build()));
        assertThat(badgeClasses.get(created.id()).alignments()).isEmpty();
        assertThat(badgeClasses.get(created.id()).verification()).isEqualTo(VerificationMethod.HOSTED);
    }

    @Test
    void aNewBadgeClassIsHostedWithoutAlignmentsAndTheDemoBadgesAreAligned() {
        assertThat(BadgeClassForm.blank(null).alignments()).isEmpty();
        assertThat(BadgeClassForm.blank(null).verification()).isEqualTo(VerificationMethod.HOSTED);
        assertThat(BadgeClassForm.blank(null).audience()).isEqualTo(Audience.INVITATION);
        assertThat(asAdmin(() -> badgeClasses.create(legacyDefinition(juries.create(people.college(), "Legacy",
                List.of(juror.id())))))).satisfies(legacy -> {
                    assertThat(legacy.alignments()).isEmpty();
                    assertThat(legacy.verification()).isEqualTo(VerificationMethod.HOSTED);
                });

        BadgeClass expert = badgeClasses.findByKey("expert-numerique").orElseThrow();
        assertThat(expert.alignments()).singleElement().satisfies(alignment -> {
            assertThat(alignment.targetCode()).isEqualTo("1.1");
            assertThat(alignment.targetFramework()).startsWith("DigComp 2.2");
            assertThat(alignment.targetUrl())
                    .isEqualTo("https://publications.jrc.ec.europa.eu/repository/handle/JRC128415");
        });
        assertThat(badgeClasses.findByKey("citoyen").orElseThrow().alignments()).singleElement()
                .extracting(Alignment::targetCode).isEqualTo("D3");
        assertThat(badgeClasses.findByKey("sentinelle").orElseThrow().verification())
                .isEqualTo(VerificationMethod.SIGNED);
        assertThat(badgeClasses.findByKey("solidaire").orElseThrow().verification())
                .isEqualTo(VerificationMethod.HOSTED);
    }

    @Test
    void anAdminChangesTheDefinitionAndTheJury() {
        BadgeClass created = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        FormBuilder changed = FormBuilder.juredBy(otherJuror.id());
        changed.key = created.key();
        changed.name = "Fair player of the year";
        changed.policy = ReviewPolicy.PANEL;
        changed.reviewDays = 21;

        BadgeClass updated = asAdmin(() -> badgeClasses.update(created.id(), changed.build()));

        assertThat(updated.name()).isEqualTo("Fair player of the year");
        assertThat(updated.review().policy()).isEqualTo(ReviewPolicy.PANEL);
        assertThat(updated.deadlines().reviewPeriod()).isEqualTo(Duration.ofDays(21));
        assertThat(updated.review().jury()).isEqualTo(created.review().jury());
        assertThat(juries.members(updated.review().jury())).containsExactly(otherJuror.id());
        assertThat(badgeClasses.get(created.id()).name()).isEqualTo("Fair player of the year");
    }

    @Test
    void changingTheJuryOfABadgeClassThatSharesItGivesThatClassAJuryOfItsOwn() {
        JuryId shared = asAdmin(() -> juries.create(people.college(), "Shared jury", List.of(juror.id())));
        BadgeClass first = asAdmin(() -> badgeClasses.create(legacyDefinition(shared)));
        BadgeClass second = asAdmin(() -> badgeClasses.create(legacyDefinition(shared)));
        FormBuilder changed = FormBuilder.juredBy(otherJuror.id());
        changed.key = first.key();

        BadgeClass updated = asAdmin(() -> badgeClasses.update(first.id(), changed.build()));

        assertThat(updated.review().jury()).isNotEqualTo(shared);
        assertThat(juries.members(updated.review().jury())).containsExactly(otherJuror.id());
        assertThat(badgeClasses.get(second.id()).review().jury()).isEqualTo(shared);
        assertThat(juries.members(shared)).containsExactly(juror.id());
    }

    @Test
    void theAdminListHasEveryStatusPagedAndCounted() {
        BadgeClass draft = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        BadgeClass archived = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id(),
                otherJuror.id()).build()));
        asAdmin(() -> badgeClasses.archive(archived.id()));

        int all = asAdmin(() -> badgeClasses.count(null));
        List<BadgeClassSummary> everything = asAdmin(() -> badgeClasses.page(null, 0, all));
        List<BadgeClassSummary> firstTwo = asAdmin(() -> badgeClasses.page(null, 0, 2));
        List<BadgeClassSummary> nextTwo = asAdmin(() -> badgeClasses.page(null, 2, 2));
        List<BadgeClassSummary> archivedOnly = asAdmin(() -> badgeClasses.page(BadgeClassStatus.ARCHIVED, 0, 100));

        assertThat(everything).hasSize(all).extracting(BadgeClassSummary::id).contains(draft.id(), archived.id());
        assertThat(everything).extracting(BadgeClassSummary::status).contains(BadgeClassStatus.DRAFT,
                BadgeClassStatus.PUBLISHED, BadgeClassStatus.ARCHIVED);
        assertThat(firstTwo).hasSize(2).doesNotContainAnyElementsOf(nextTwo);
        assertThat(firstTwo).containsExactlyElementsOf(everything.subList(0, 2));
        assertThat(archivedOnly).hasSize(asAdmin(() -> badgeClasses.count(BadgeClassStatus.ARCHIVED)))
                .allMatch(line -> line.status() == BadgeClassStatus.ARCHIVED)
                .extracting(BadgeClassSummary::id).contains(archived.id()).doesNotContain(draft.id());
        assertThat(everything).filteredOn(line -> line.id().equals(archived.id())).singleElement()
                .satisfies(line -> assertThat(line.jurySize()).isEqualTo(2));
    }

    @Test
    void aPublishedClassIsOfferedAndAnArchivedOneNoLongerIs() {
        BadgeClass created = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));

        asAdmin(() -> badgeClasses.publish(created.id()));
        assertThat(badgeClasses.published()).extracting(BadgeClass::id).contains(created.id());
        assertThat(badgeClasses.publishedNames()).containsKey(created.id());

        asAdmin(() -> badgeClasses.archive(created.id()));
        assertThat(badgeClasses.get(created.id()).status()).isEqualTo(BadgeClassStatus.ARCHIVED);
        assertThat(badgeClasses.published()).extracting(BadgeClass::id).doesNotContain(created.id());
        assertThat(badgeClasses.publishedNames()).doesNotContainKey(created.id());
        assertRefused(() -> asAdmin(() -> badgeClasses.publish(created.id())), "badge-class.archived", "status");
        assertRefused(() -> asAdmin(() -> badgeClasses.archive(created.id())), "badge-class.already-archived",
                "status");
        assertRefused(() -> asAdmin(() -> badgeClasses.update(created.id(), FormBuilder.juredBy(juror.id())
                .build())), "badge-class.archived-readonly", "status");
    }

    @Test
    void aNominationUnderWayGoesOnAfterItsClassIsArchivedButNoNewOneStarts() {
        Member nominee = people.fresh("Nadia");
        BadgeClass badge = asAdmin(() -> badgeClasses.publish(badgeClasses.create(
                FormBuilder.juredBy(juror.id(), otherJuror.id()).build()).id()));
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        NominationDetails nomination = recognitions.nominate("alice", nominee, badge.key());

        asAdmin(() -> badgeClasses.archive(badge.id()));
        recognitions.accept(nominee, nomination);

        NominationDetails afterwards = people.as("alice",
                () -> nominations.get(new NominationId(nomination.id())));
        assertThat(afterwards.status()).isEqualTo(NominationStatus.IN_PROGRESS);
        assertThat(recognitions.tasksOf(nominee.email(), nomination)).extracting(TaskSummary::taskDefinitionKey)
                .contains(RecognitionContract.SUBMIT_EVIDENCE);
        Member another = people.fresh("Noah");
        assertRefused(() -> people.as("alice", () -> nominations.submit(new SubmitNomination(badge.id().toString(),
                another.email(), another.name(), "Also fair.", NominationKind.NOMINATION))),
                "badge-class.unpublished", "badgeClassId");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("a missing name", form -> form.name = "  ", "badge-class.required", "name"),
                refusal("a name too long", form -> form.name = "x".repeat(201), "badge-class.too-long", "name"),
                refusal("a missing key", form -> form.key = "", "badge-class.required", "key"),
                refusal("a key that is not URL-safe", form -> form.key = "fair player/é", "badge-class.key.invalid",
                        "key"),
                refusal("a key too long", form -> form.key = "k".repeat(81), "badge-class.too-long", "key"),
                refusal("a missing description", form -> form.description = null, "badge-class.required",
                        "description"),
                refusal("criteria too long", form -> form.criteria = "c".repeat(5001), "badge-class.too-long",
                        "criteria"),
                refusal("a tag with a comma", form -> form.tags = List.of("a,b"), "badge-class.tags.comma", "tags"),
                refusal("no review policy", form -> form.policy = null, "badge-class.required", "policy"),
                refusal("no juror", form -> form.jurors = Set.of(), "badge-class.jurors.required", "jurors"),
                refusal("a quorum of zero", form -> form.quorum = 0, "badge-class.at-least", "quorum"),
                refusal("a quorum above the jury's size for votes", form -> form.quorum = 2,
                        "badge-class.quorum.above-jury", "quorum"),
                refusal("no maximum of rounds", form -> form.maxRounds = null, "badge-class.required", "maxRounds"),
                refusal("eleven rounds", form -> form.maxRounds = 11, "badge-class.range", "maxRounds"),
                refusal("no time to accept", form -> form.acceptanceDays = 0, "badge-class.range", "acceptanceDays"),
                refusal("an evidence reminder on the due date", form -> form.evidenceReminderDays = 30,
                        "badge-class.reminder.too-late", "evidenceReminderDays"),
                refusal("a review reminder after the due date", form -> form.reviewReminderDays = 20,
                        "badge-class.reminder.too-late", "reviewReminderDays"),
                refusal("an endorsement reminder on the expiry", form -> form.endorsementReminderDays = 21,
                        "badge-class.endorsement-reminder.too-late", "endorsementReminderDays"),
                refusal("an endorsement reminder after the expiry", form -> {
                    form.endorsementDays = 5;
                    form.endorsementReminderDays = 7;
                }, "badge-class.endorsement-reminder.too-late", "endorsementReminderDays"),
                refusal("no time to endorse", form -> form.endorsementDays = 0, "badge-class.range",
                        "endorsementDays"),
                refusal("no endorsement reminder", form -> form.endorsementReminderDays = null,
                        "badge-class.required", "endorsementReminderDays"),
                refusal("a validity of zero months", form -> form.validityMonths = 0, "badge-class.range",
                        "validityMonths"),
                refusal("endorsements required without endorsers", form -> form.minEndorsements = 1,
                        "badge-class.min-endorsements.no-endorsers", "minEndorsements"),
                refusal("a key already taken", form -> form.key = "citoyen", "badge-class.key.taken", "key"),
                refusal("an unknown prerequisite", form -> form.prerequisites = Set.of(
                        BadgeClassId.of("00000000-0000-0000-0000-000000000001")), "badge-class.prerequisite.unknown",
                        "prerequisites"),
                refusal("no verification method", form -> form.verification = null, "badge-class.required",
                        "verification"),
                refusal("an alignment without a name", form -> form.alignments = List.of(
                        new Alignment(" ", "https://example.org/skill", null, null, null)), "badge-class.required",
                        "alignments[0].targetName"),
                refusal("an alignment without an address", form -> form.alignments = List.of(
                        alignment("https://example.org/ok"), new Alignment("Skill", null, null, null, null)),
                        "badge-class.required", "alignments[1].targetUrl"),
                refusal("an alignment to a relative address", form -> form.alignments = List.of(
                        alignment("https://example.org/ok"), alignment("/skills/teamwork")),
                        "badge-class.alignment.url", "alignments[1].targetUrl"),
                refusal("an alignment to a non-web address", form -> form.alignments = List.of(
                        alignment("ftp://example.org/skill")), "badge-class.alignment.url",
                        "alignments[0].targetUrl"),
                refusal("an alignment to an address with spaces", form -> form.alignments = List.of(
                        alignment("https://example.org/a skill")), "badge-class.alignment.url",
                        "alignments[0].targetUrl"),
                refusal("an alignment to an address without a host", form -> form.alignments = List.of(
                        alignment("https:///skill")), "badge-class.alignment.url", "alignments[0].targetUrl"),
                refusal("an alignment code too long", form -> form.alignments = List.of(new Alignment("Skill",
                        "https://example.org/skill", null, null, "c".repeat(Alignment.CODE_MAX + 1))),
                        "badge-class.too-long", "alignments[0].targetCode"),
                refusal("too many alignments", form -> form.alignments = java.util.Collections.nCopies(
                        Alignment.COUNT_MAX + 1, alignment("https://example.org/skill")),
                        "badge-class.alignments.too-many", "alignments"),
                refusal("an unknown juror", form -> form.jurors = Set.of(new MemberId(
                        java.util.UUID.randomUUID())), "badge-class.jurors.unknown", "jurors"));
    }

    private static Alignment alignment(String url) {
        return new Alignment("Skill", url, null, null, null);
    }

    private static Arguments refusal(String what, Consumer<FormBuilder> change, String code, String field) {
        return Arguments.of(Named.of(what, change), code, field);
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("refusals")
    void aFormThatBreaksARuleIsRefusedNamingTheFieldAndNothingIsCreated(Consumer<FormBuilder> change, String code,
            String field) {
        FormBuilder form = FormBuilder.juredBy(juror.id());
        change.accept(form);
        int before = asAdmin(() -> badgeClasses.count(null));

        assertRefused(() -> asAdmin(() -> badgeClasses.create(form.build())), code, field);
        assertThat(asAdmin(() -> badgeClasses.count(null))).isEqualTo(before);
    }

    @Test
    void aPanelNeedsNoQuorumWithinTheJurysSize() {
        FormBuilder form = FormBuilder.juredBy(juror.id());
        form.policy = ReviewPolicy.PANEL;
        form.quorum = 3;

        assertThat(asAdmin(() -> badgeClasses.create(form.build())).review().policy()).isEqualTo(ReviewPolicy.PANEL);
    }

    @Test
    void aBadgeClassCannotBeItsOwnPrerequisiteNorNeedItselfThroughAnother() {
        BadgeClass first = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        FormBuilder second = FormBuilder.juredBy(juror.id());
        second.prerequisites = Set.of(first.id());
        BadgeClass dependent = asAdmin(() -> badgeClasses.create(second.build()));

        FormBuilder itself = FormBuilder.juredBy(juror.id());
        itself.key = first.key();
        itself.prerequisites = Set.of(first.id());
        assertRefused(() -> asAdmin(() -> badgeClasses.update(first.id(), itself.build())),
                "badge-class.prerequisite.self", "prerequisites");

        FormBuilder loop = FormBuilder.juredBy(juror.id());
        loop.key = first.key();
        loop.prerequisites = Set.of(dependent.id());
        assertRefused(() -> asAdmin(() -> badgeClasses.update(first.id(), loop.build())),
                "badge-class.prerequisite.cycle", "prerequisites");
        assertThat(badgeClasses.get(first.id()).prerequisites()).isEmpty();
    }

    @Test
    void anUnknownBadgeClassIsNotFound() {
        BadgeClassId unknown = BadgeClassId.of("00000000-0000-0000-0000-000000000002");

        assertRefused(() -> asAdmin(() -> badgeClasses.update(unknown, FormBuilder.juredBy(juror.id()).build())),
                "badge-class.unknown", "badgeClassId");
        assertRefused(() -> badgeClasses.image(unknown), "badge-class.unknown", "badgeClassId");
    }

    @Test
    void aMemberMayNeitherListNorChangeBadgeClassesNorTheirJuriesNorCreateAnIssuer() {
        BadgeClass created = asAdmin(() -> badgeClasses.create(FormBuilder.juredBy(juror.id()).build()));
        BadgeClassForm form = FormBuilder.juredBy(juror.id()).build();
        var png = new ImageUpload("badge.png", BadgeImage.PNG, TestImages.png());

        Stream.<Runnable>of(
                () -> badgeClasses.page(null, 0, 10),
                () -> badgeClasses.count(null),
                () -> badgeClasses.form(created.id()),
                () -> badgeClasses.create(form),
                () -> badgeClasses.update(created.id(), form),
                () -> badgeClasses.publish(created.id()),
                () -> badgeClasses.archive(created.id()),
                () -> badgeClasses.uploadImage(created.id(), png),
                () -> juries.replaceMembers(created.review().jury(), Set.of(otherJuror.id())),
                () -> juries.create(people.college(), "A jury of one's own", Set.of(juror.id())),
                () -> issuers.create(new NewOrganisation("another", "Another issuer", "https://issuer.example.org",
                        "contact@example.org", null, Locale.ENGLISH)))
                .forEach(call -> assertThatThrownBy(() -> people.as("alice", call))
                        .isInstanceOf(AccessDeniedException.class));
        assertThat(badgeClasses.get(created.id()).status()).isEqualTo(BadgeClassStatus.DRAFT);
        assertThat(juries.members(created.review().jury())).containsExactly(juror.id());
    }

    @Test
    void aBadgeClassOnAnExistingJuryPassesTheChecksOfAnAdminsForm() {
        JuryId jury = asAdmin(() -> juries.create(people.college(), "Checked", List.of(juror.id())));
        NewBadgeClass fine = legacyDefinition(jury);
        NewBadgeClass takenKey = withKeyAndPrerequisites(fine, "citoyen", Set.of());
        NewBadgeClass unknownPrerequisite = withKeyAndPrerequisites(fine, FormBuilder.juredBy().key,
                Set.of(new BadgeClassId(UUID.randomUUID())));

        assertRefused(() -> asAdmin(() -> badgeClasses.create(takenKey)), "badge-class.key.taken", "key");
        assertRefused(() -> asAdmin(() -> badgeClasses.create(unknownPrerequisite)),
                "badge-class.prerequisite.unknown", "prerequisites");
        assertThat(asAdmin(() -> badgeClasses.create(fine)).review().jury()).isEqualTo(jury);
    }

    private static NewBadgeClass withKeyAndPrerequisites(NewBadgeClass definition, String key,
            Set<BadgeClassId> prerequisites) {
        return new NewBadgeClass(definition.issuerId(), key, definition.name(), definition.description(),
                definition.criteria(), definition.tags(), definition.review(), definition.deadlines(),
                definition.validity(), prerequisites, definition.endorsers(), definition.minEndorsements(),
                definition.alignments(), definition.verification());
    }

    private NewBadgeClass legacyDefinition(JuryId jury) {
        return new NewBadgeClass(people.college(), FormBuilder.juredBy().key, "Shared", "Shared jury.",
                "Criteria.", List.of(), new ReviewRules(ReviewPolicy.VOTES, jury, 1, 3), Deadlines.STANDARD, null,
                Set.of(), Set.of(), 0, List.of(), VerificationMethod.HOSTED);
    }

    private <T> T asAdmin(java.util.function.Supplier<T> action) {
        return people.as("admin", action);
    }

    static void assertRefused(Runnable call, String code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo(field);
        });
    }
}
