package org.accolade.tasks.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.accolade.catalog.Issuer;
import org.accolade.shared.DomainException;
import org.accolade.tasks.TaskFilter;
import org.accolade.tasks.TaskListEntry;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskOrganisations;
import org.accolade.tasks.TaskStage;
import org.accolade.tasks.TaskTopic;
import org.accolade.tasks.TaskTopics;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/**
 * The person's tasks: those that are theirs, and those offered to them (a panel's decision) that they may claim;
 * filtered by organisation (for someone in several), by what their processes' presenters offer (a badge, a stage)
 * and due date, the most urgent first, loaded a page at a time.
 */
@Route("tasks")
@PermitAll
@Menu(title = "menu.tasks", icon = "vaadin:tasks", order = 1)
class TaskListView extends VerticalLayout implements HasDynamicTitle {

    private final TaskListService taskList;
    private final TaskOrganisations organisations;
    private final DueDates dueDates;
    private final Tab mine = new Tab();
    private final Tab toClaim = new Tab();
    private final Tabs tabs = new Tabs(mine, toClaim);
    private final List<Select<TaskTopic>> topics;
    private final Select<TaskStage> stage = new Select<>();
    private final Select<Issuer> organisation = new Select<>();
    private final DatePicker dueBy = new DatePicker();
    private final Grid<TaskListEntry> grid = new Grid<>();

    TaskListView(TaskListService taskList, TaskOrganisations organisations, Clock clock) {
        this.taskList = taskList;
        this.organisations = organisations;
        this.dueDates = new DueDates(clock, UI.getCurrent());
        this.topics = taskList.topics().stream().map(this::topicSelect).toList();
        setSizeFull();
        mine.setLabel(getTranslation("tasks.tab.mine"));
        toClaim.setLabel(getTranslation("tasks.tab.to-claim"));
        tabs.addSelectedChangeListener(change -> refresh());
        add(new H2(getTranslation("tasks.title")), tabs, filters(), grid());
        setFlexGrow(1, grid);
    }

    /** One filter per process whose tasks are about something (a badge), as its presenter offers. */
    private Select<TaskTopic> topicSelect(TaskTopics offered) {
        Select<TaskTopic> select = new Select<>();
        select.setLabel(getTranslation(offered.labelKey()));
        select.setItems(offered.topics());
        select.setItemLabelGenerator(topic -> topic == null ? getTranslation(offered.allLabelKey()) : topic.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(offered.allLabelKey()));
        select.addValueChangeListener(change -> refresh());
        return select;
    }

    /** Only for a person who belongs to more than one organisation: for the others, there is nothing to choose. */
    private void organisationSelect() {
        List<Issuer> mine = organisations.mine();
        organisation.setId("tasks-organisation");
        organisation.setLabel(getTranslation("tasks.filter.organisation"));
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(issuer -> issuer == null
                ? getTranslation("tasks.filter.organisation.all") : issuer.name());
        organisation.setEmptySelectionAllowed(true);
        organisation.setEmptySelectionCaption(getTranslation("tasks.filter.organisation.all"));
        organisation.setVisible(mine.size() > 1);
        organisation.addValueChangeListener(change -> refresh());
    }

    private Component filters() {
        organisationSelect();
        stage.setLabel(getTranslation("tasks.filter.stage"));
        stage.setItems(taskList.stages());
        stage.setItemLabelGenerator(taskStage -> taskStage == null
                ? getTranslation("tasks.filter.stage.all") : getTranslation(taskStage.labelKey()));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("tasks.filter.stage.all"));
        dueBy.setLabel(getTranslation("tasks.filter.due"));
        dueBy.setClearButtonVisible(true);
        dueBy.setLocale(getLocale());
        stage.addValueChangeListener(change -> refresh());
        dueBy.addValueChangeListener(change -> refresh());
        Button clear = new Button(getTranslation("tasks.filter.clear"), click -> {
            topics.forEach(Select::clear);
            organisation.clear();
            stage.clear();
            dueBy.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(organisation);
        topics.forEach(bar::add);
        bar.add(stage, dueBy, clear);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private Grid<TaskListEntry> grid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(entry -> TaskTexts.name(this, entry.task())).setKey("task")
                .setHeader(getTranslation("tasks.column.task")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(entry -> entry.headline().person()).setKey("person")
                .setHeader(getTranslation("tasks.column.person")).setAutoWidth(true);
        grid.addColumn(entry -> entry.headline().subject()).setKey("subject")
                .setHeader(getTranslation("tasks.column.subject")).setAutoWidth(true);
        grid.addComponentColumn(entry -> dueDates.describe(this, entry.task().due())).setKey("due")
                .setHeader(getTranslation("tasks.column.due")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("tasks.column.actions")).setAutoWidth(true).setFlexGrow(0)
                // stays in sight when a phone scrolls the other columns
                .setFrozenToEnd(true);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.setItems(query -> taskList.find(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> taskList.count(filter()));
        grid.setEmptyStateText(getTranslation("tasks.empty.mine"));
        return grid;
    }

    private Component actions(TaskListEntry entry) {
        Button open = new Button(getTranslation("tasks.open"), click -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(open);
        actions.setSpacing(true);
        if (scope() == TaskFilter.Scope.TO_CLAIM) {
            Button claim = new Button(getTranslation("tasks.claim"),
                    click -> act(() -> taskList.claim(entry.task().id()), "tasks.claimed", entry));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(claim);
        } else if (entry.claimed()) {
            Button unclaim = new Button(getTranslation("tasks.unclaim"),
                    click -> act(() -> taskList.unclaim(entry.task().id()), "tasks.unclaimed", entry));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(unclaim);
        }
        return actions;
    }

    private void act(Runnable action, String doneKey, TaskListEntry entry) {
        try {
            action.run();
            Notices.done(getTranslation(doneKey, TaskTexts.name(this, entry.task())));
        } catch (DomainException refusal) {
            Notices.refused(this, refusal);
        }
        refresh();
    }

    private void open(TaskListEntry entry) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters(TaskView.TASK_ID, entry.task().id()));
    }

    private TaskFilter.Scope scope() {
        return tabs.getSelectedTab() == toClaim ? TaskFilter.Scope.TO_CLAIM : TaskFilter.Scope.MINE;
    }

    private TaskFilter filter() {
        TaskTopic topic = topics.stream().map(Select::getValue).filter(Objects::nonNull).findFirst().orElse(null);
        return new TaskFilter(scope(), topic, stage.getValue(),
                dueBy.isEmpty() ? null : dueDates.endOf(dueBy.getValue()),
                organisation.isEmpty() ? null : organisation.getValue().id());
    }

    private void refresh() {
        grid.setEmptyStateText(getTranslation(scope() == TaskFilter.Scope.TO_CLAIM
                ? "tasks.empty.to-claim" : "tasks.empty.mine"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.page-title");
    }
}
