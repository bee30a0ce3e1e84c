package org.accolade.nomination.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssuedBadge;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationSummary;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;
import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * What a member comes back for: the tasks waiting for them, where their nominations stand, and their badges. The
 * sections stack, so that it reads the same on a phone.
 */
@Route("")
@PermitAll
@Menu(title = "menu.home", icon = "vaadin:home", order = 0)
class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** The home page shows the latest nominations; the list of all of them is one click away. */
    static final int LATEST_NOMINATIONS = 5;

    private final NominationService nominations;
    private final BadgeClassService badgeClasses;
    private final Clock clock;
    private final Wording words;
    private final PersonalTime time;

    HomeView(TaskListService tasks, NominationService nominations, AssertionService assertions,
            BadgeClassService badgeClasses, Clock clock) {
        this.nominations = nominations;
        this.badgeClasses = badgeClasses;
        this.clock = clock;
        this.words = new Wording(this);
        this.time = new PersonalTime(clock);
        setMaxWidth("60em");
        add(new H1(getTranslation("home.title")), tasksSection(tasks.mine()), nominationsSection(),
                badgesSection(assertions.heldByCaller()));
    }

    private Section tasksSection(List<TaskSummary> tasks) {
        if (tasks.isEmpty()) {
            return section("home.tasks.title", "home-tasks", new Paragraph(getTranslation("home.tasks.none")));
        }
        Map<NominationId, NominationSummary> about = nominations.summaries(tasks.stream()
                .map(task -> nominationId(task)).flatMap(Optional::stream).toList());
        UnorderedList list = list();
        for (TaskSummary task : tasks) {
            ListItem item = new ListItem(new Anchor("tasks/" + task.id(), taskName(task)));
            nominationId(task).map(about::get)
                    .ifPresent(nomination -> item.add(secondary(" · " + nomination.badgeName() + " · "
                            + nomination.nomineeName())));
            if (task.due() != null) {
                item.add(due(task.due()));
            }
            list.add(item);
        }
        return section("home.tasks.title", "home-tasks", list);
    }

    private String taskName(TaskSummary task) {
        String key = "home.task." + task.taskDefinitionKey();
        String name = getTranslation(key);
        return name.equals("!" + key + "!") ? Objects.requireNonNullElse(task.name(), task.taskDefinitionKey())
                : name;
    }

    private Component due(Instant due) {
        boolean overdue = due.isBefore(clock.instant());
        Span when = new Span(getTranslation(overdue ? "home.tasks.overdue" : "home.tasks.due", time.date(due)));
        when.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
        if (overdue) {
            when.getElement().setAttribute("data-overdue", true);
            when.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        } else {
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        return when;
    }

    private Section nominationsSection() {
        List<NominationSummary> latest = nominations.mine(0, LATEST_NOMINATIONS);
        if (latest.isEmpty()) {
            return section("home.nominations.title", "home-nominations",
                    new Paragraph(getTranslation("home.nominations.none")),
                    new Anchor("catalog", getTranslation("home.nominations.to-catalog")));
        }
        UnorderedList list = list();
        for (NominationSummary nomination : latest) {
            RouterLink link = new RouterLink(nomination.badgeName(), NominationView.class,
                    new RouteParameters("id", nomination.id().toString()));
            list.add(new ListItem(link, secondary(" · " + nomination.nomineeName() + " · "
                    + words.standing(nomination.status(), nomination.stage()))));
        }
        long all = nominations.countMine();
        RouterLink more = new RouterLink(getTranslation("home.nominations.all", all), NominationsView.class);
        return section("home.nominations.title", "home-nominations", list, more);
    }

    private Section badgesSection(List<IssuedBadge> badges) {
        if (badges.isEmpty()) {
            return section("home.badges.title", "home-badges", new Paragraph(getTranslation("home.badges.none")));
        }
        UnorderedList list = list();
        badges.forEach(badge -> list.add(badgeItem(badge)));
        return section("home.badges.title", "home-badges", list,
                new Anchor("my-badges", getTranslation("badges.home.all")));
    }

    private ListItem badgeItem(IssuedBadge badge) {
        String name = badgeClasses.find(badge.badgeClassId()).map(BadgeClass::name).orElse("");
        Image image = new Image("/api/v1/badge-classes/" + badge.badgeClassId() + "/image", name);
        image.setWidth("3em");
        image.setHeight("3em");
        image.getStyle().set("object-fit", "contain").set("vertical-align", "middle")
                .set("margin-right", "var(--lumo-space-s)");
        // The badge's public page, a screen of the issuance module, named by its address
        ListItem item = new ListItem(image, new Anchor("badges/" + badge.id(), name),
                secondary(" · " + getTranslation("home.badges.awarded", time.date(badge.issuedOn()))));
        if (badge.revokedAt() != null) {
            item.add(secondary(" · " + getTranslation("home.badges.revoked")));
        } else if (!badge.isValidAt(clock.instant())) {
            item.add(secondary(" · " + getTranslation("home.badges.expired", time.date(badge.expires()))));
        }
        item.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return item;
    }

    private Section section(String titleKey, String id, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.add(content);
        section.setWidthFull();
        return section;
    }

    private static UnorderedList list() {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("padding-left", "var(--lumo-space-m)").set("margin", "0");
        return list;
    }

    private static Span secondary(String text) {
        Span span = new Span(text);
        span.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return span;
    }

    /** Tasks of other processes have other business keys. */
    /** The nomination a recognition task is about; none for a task of another process. */
    private static Optional<NominationId> nominationId(TaskSummary task) {
        return RecognitionContract.PROCESS_KEY.equals(task.processKey())
                ? Optional.of(NominationId.of(task.businessKey())) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
