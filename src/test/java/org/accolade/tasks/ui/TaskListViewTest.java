package org.accolade.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.accolade.Recognitions;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.community.Member;
import org.accolade.community.Membership;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskListEntry;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskStage;
import org.accolade.tasks.TaskTopic;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;

class TaskListViewTest extends KaribuTest {

    private static final String ORGANISATION_FILTER = "tasks-organisation";

    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private TaskService camundaTasks;
    @Autowired
    private Clock clock;

    private Recognitions recognitions;

    @BeforeEach
    void setUpRecognitions() {
        recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
    }

    @Test
    void aNomineesMineTabListsTheirAcceptanceTaskWithTheNomineeAndTheBadge() {
        Member bob = recognitions.nominee();
        recognitions.nominate("alice", bob, "citoyen");

        signIn(bob.email());
        UI.getCurrent().navigate("tasks");

        assertThat(rows()).hasSize(1);
        assertThat(GridKt._getFormatted(grid(), 0, "task")).isEqualTo("Accept the nomination");
        assertThat(GridKt._getFormatted(grid(), 0, "person")).isEqualTo(bob.name());
        assertThat(GridKt._getFormatted(grid(), 0, "subject")).isEqualTo(recognitions.badgeName("citoyen"));
    }

    @Test
    void aJurorsMineTabListsTheReviewTasks() {
        Member nominee = recognitions.nominee();
        recognitions.underReview("alice", nominee, "citoyen");

        signIn("claire");
        UI.getCurrent().navigate("tasks");

        int row = rowOf(nominee);
        assertThat(GridKt._getFormatted(grid(), row, "task")).isEqualTo("Review the nomination");
        assertThat(GridKt._getFormatted(grid(), row, "subject")).isEqualTo(recognitions.badgeName("citoyen"));
    }

    @Test
    void theBadgeAndStageFiltersNarrowTheGrid() {
        Member nominee = recognitions.nominee();
        recognitions.nominate("alice", nominee, "citoyen");
        NominationDetails solidaire = recognitions.nominate("alice", nominee, "solidaire");
        recognitions.accept(nominee, solidaire);
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks");
        assertThat(rows()).hasSize(2);

        _setValue(badgeSelect(), badge("solidaire"));
        assertThat(rows()).singleElement().satisfies(entry -> assertThat(entry.task().taskDefinitionKey())
                .isEqualTo(RecognitionContract.SUBMIT_EVIDENCE));

        badgeSelect().clear();
        _setValue(stageSelect(), stage("recognition.stage.acceptance"));
        assertThat(rows()).singleElement().satisfies(entry -> assertThat(entry.headline().subject())
                .isEqualTo(recognitions.badgeName("citoyen")));

        _setValue(badgeSelect(), badge("solidaire"));
        assertThat(rows()).isEmpty();
    }

    @Test
    void someoneInTwoOrganisationsNarrowsTheGridToOneOfThem() {
        Member twin = people.freshIn("Twin", Membership.member(people.college()),
                Membership.member(people.university()));
        recognitions.nominate("alice", twin, "citoyen");
        NominationDetails tutorat = recognitions.nominate("bob", twin, "tutorat");

        signIn(twin.email());
        UI.getCurrent().navigate("tasks");
        assertThat(rows()).hasSize(2);
        Select<Issuer> organisations = organisationSelect();
        _setValue(organisations, organisations.getListDataView().getItems()
                .filter(issuer -> issuer.id().equals(people.university())).findFirst().orElseThrow());

        assertThat(rows()).singleElement().satisfies(entry -> assertThat(entry.task().businessKey())
                .isEqualTo(tutorat.id().toString()));
        _click(_get(Button.class, spec -> spec.withText("Clear filters")));
        assertThat(rows()).hasSize(2);
    }

    @Test
    void someoneInOneOrganisationIsOfferedNoOrganisationToChoose() {
        signIn(recognitions.nominee().email());
        UI.getCurrent().navigate("tasks");

        _assertNone(Select.class, spec -> spec.withId(ORGANISATION_FILTER));
    }

    @Test
    void theDueDateFilterKeepsTasksDueByThatDay() {
        Member nominee = recognitions.nominee();
        NominationDetails citoyen = recognitions.nominate("alice", nominee, "citoyen");
        recognitions.nominate("alice", nominee, "solidaire");
        pastDue(nominee, citoyen);
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks");
        assertThat(rows()).hasSize(2);

        _setValue(_get(DatePicker.class), LocalDate.now(clock));

        assertThat(rows()).singleElement().satisfies(entry -> assertThat(entry.task().businessKey())
                .isEqualTo(citoyen.id().toString()));
    }

    @Test
    void anOverdueTaskIsMarkedWithAWordNotOnlyAColour() {
        Member nominee = recognitions.nominee();
        NominationDetails late = recognitions.nominate("alice", nominee, "citoyen");
        NominationDetails onTime = recognitions.nominate("alice", nominee, "solidaire");
        pastDue(nominee, late);
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks");

        assertThat(dueCellText(rowOfNomination(late))).contains("Overdue");
        assertThat(dueCellText(rowOfNomination(onTime))).doesNotContain("Overdue");
    }

    @Test
    void claimingAndGivingBackAPanelTaskMovesItBetweenTheTabs() {
        Member nominee = recognitions.nominee();
        recognitions.underReview("alice", nominee, "sentinelle");
        signIn("david");
        UI.getCurrent().navigate("tasks");
        showToClaim();
        assertThat(nomineesListed()).contains(nominee.name());

        clickInRow(rowOf(nominee), "Claim");

        assertThat(ScreenTexts.notifications()).anySatisfy(text -> assertThat(text).contains("You claimed"));
        assertThat(nomineesListed()).doesNotContain(nominee.name());
        showMine();
        assertThat(nomineesListed()).contains(nominee.name());

        clickInRow(rowOf(nominee), "Give back");

        assertThat(ScreenTexts.notifications()).anySatisfy(text -> assertThat(text).contains("You gave back"));
        assertThat(nomineesListed()).doesNotContain(nominee.name());
        showToClaim();
        assertThat(nomineesListed()).contains(nominee.name());
    }

    @Test
    void aTaskClaimedMeanwhileBySomeoneElseShowsTheRefusal() {
        Member nominee = recognitions.nominee();
        NominationDetails nomination = recognitions.underReview("alice", nominee, "sentinelle");
        signIn("david");
        UI.getCurrent().navigate("tasks");
        showToClaim();
        Button claim = buttonInRow(rowOf(nominee), "Claim");
        String panelTask = recognitions.taskOf("emma", nomination, RecognitionContract.RECORD_PANEL_DECISION).id();
        people.as("emma", () -> taskList.claim(panelTask));

        _click(claim);

        assertThat(ScreenTexts.notifications()).contains("Another juror has already claimed this task.");
        assertThat(nomineesListed()).doesNotContain(nominee.name());
    }

    @Test
    void theNominatorRecusedFromThePanelNeverSeesItsTask() {
        Member nominee = recognitions.nominee();
        recognitions.underReview("claire", nominee, "sentinelle");

        signIn("claire");
        UI.getCurrent().navigate("tasks");
        assertThat(nomineesListed()).doesNotContain(nominee.name());
        showToClaim();
        assertThat(nomineesListed()).doesNotContain(nominee.name());
    }

    @Test
    void theListSpeaksFrenchWithNoMissingWord() {
        Member nominee = recognitions.nominee();
        NominationDetails late = recognitions.nominate("alice", nominee, "citoyen");
        pastDue(nominee, late);
        signIn(nominee.email());
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("tasks");

        assertThat(GridKt._getFormatted(grid(), 0, "task")).isEqualTo("Répondre à la nomination");
        assertThat(dueCellText(0)).contains("En retard");
        assertThat(grid().getColumnByKey("person").getHeaderText()).isEqualTo("Personne nommée");
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Mes tâches", "Les miennes", "À prendre")
                .noneMatch(text -> text.matches("(?s).*![\\w.-]+!.*"));
        assertThat(ScreenTexts.of(GridKt._getCellComponent(grid(), 0, "actions")))
                .contains("Ouvrir").noneMatch(text -> text.matches("(?s).*![\\w.-]+!.*"));
    }

    @Test
    void openingATaskGoesToItsScreen() {
        Member nominee = recognitions.nominee();
        recognitions.nominate("alice", nominee, "citoyen");
        signIn(nominee.email());
        UI.getCurrent().navigate("tasks");
        String taskId = rows().get(0).task().id();

        clickInRow(0, "Open");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
    }

    private void pastDue(Member nominee, NominationDetails nomination) {
        String taskId = recognitions.taskOf(nominee.email(), nomination, RecognitionContract.ACCEPT_NOMINATION).id();
        camundaTasks.setDueDate(taskId, Date.from(clock.instant().minus(Duration.ofDays(2))));
    }

    /** The badge filter's option for this badge class, as the recognition presenter offers it. */
    private TaskTopic badge(String key) {
        String name = recognitions.badgeName(key);
        return badgeSelect().getListDataView().getItems().filter(topic -> topic.label().equals(name)).findFirst()
                .orElseThrow();
    }

    private static TaskStage stage(String labelKey) {
        return stageSelect().getListDataView().getItems().filter(stage -> stage.labelKey().equals(labelKey))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TaskListEntry> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<Issuer> organisationSelect() {
        return _get(Select.class, spec -> spec.withId(ORGANISATION_FILTER));
    }

    @SuppressWarnings("unchecked")
    private static Select<TaskTopic> badgeSelect() {
        return select("Badge");
    }

    @SuppressWarnings("unchecked")
    private static Select<TaskStage> stageSelect() {
        return select("Stage");
    }

    @SuppressWarnings("rawtypes")
    private static Select select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static List<TaskListEntry> rows() {
        return GridKt._findAll(grid());
    }

    private static List<String> nomineesListed() {
        return rows().stream().map(entry -> entry.headline().person()).toList();
    }

    private static int rowOf(Member nominee) {
        List<String> nominees = nomineesListed();
        return IntStream.range(0, nominees.size()).filter(i -> nominee.name().equals(nominees.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError(nominee.name() + " is not listed"));
    }

    private static int rowOfNomination(NominationDetails nomination) {
        List<TaskListEntry> rows = rows();
        return IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).task().businessKey().equals(nomination.id().toString())).findFirst()
                .orElseThrow(() -> new AssertionError(nomination.id() + " is not listed"));
    }

    private static String dueCellText(int row) {
        return String.join(" ", ScreenTexts.of(GridKt._getCellComponent(grid(), row, "due")));
    }

    private static void clickInRow(int row, String caption) {
        _click(buttonInRow(row, caption));
    }

    private static Button buttonInRow(int row, String caption) {
        Component actions = GridKt._getCellComponent(grid(), row, "actions");
        return _get(actions, Button.class, spec -> spec.withText(caption));
    }

    private static void showToClaim() {
        _get(Tabs.class).setSelectedIndex(1);
    }

    private static void showMine() {
        _get(Tabs.class).setSelectedIndex(0);
    }
}
