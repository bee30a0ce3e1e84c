package org.accolade.tasks.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.tasks.FormDefinition;
import org.accolade.tasks.FormRenderer;
import org.accolade.tasks.InvalidSubmissionException;
import org.accolade.tasks.RenderedForm;
import org.accolade.tasks.TaskDetails;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;
import org.accolade.ui.ExternalLink;
import org.accolade.ui.Notices;
import org.accolade.ui.TimelineList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One task: its form beside what the person needs to answer it (the badge and its criteria, the nominee, the
 * nominator's narrative, the evidence, the jury's earlier comments, the timeline). Two columns on a wide screen,
 * one above the other on a phone. A task that is not the person's never opens: the service refuses it, and the
 * refusal is shown instead.
 */
@Route("tasks/:taskId")
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TASK_ID = "taskId";

    private final TaskListService taskList;
    private final FormRenderer renderer;
    private final DueDates dueDates;
    private TaskDetails details;

    TaskView(TaskListService taskList, FormRenderer renderer, Clock clock) {
        this.taskList = taskList;
        this.renderer = renderer;
        this.dueDates = new DueDates(clock, UI.getCurrent());
        setWidthFull();
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(taskList.get(event.getRouteParameters().get(TASK_ID).orElseThrow()));
    }

    private void show(TaskDetails task) {
        this.details = task;
        removeAll();
        Div columns = new Div(context(task.data()), work(task));
        columns.setWidthFull();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        add(new RouterLink(getTranslation("task.back"), TaskListView.class), header(task), columns);
    }

    private Component header(TaskDetails task) {
        Div header = new Div(new H2(TaskTexts.name(this, task.task())));
        Object badgeName = task.data().get("badgeName");
        Object nomineeName = task.data().get("nomineeName");
        if (badgeName != null && nomineeName != null) {
            header.add(new Paragraph(getTranslation("task.about", badgeName, nomineeName)));
        }
        Instant due = task.task().due();
        if (due != null) {
            Span when = new Span(getTranslation("task.due", dueDates.format(due)));
            HorizontalLayout line = new HorizontalLayout(when);
            line.setAlignItems(Alignment.CENTER);
            if (dueDates.overdue(due)) {
                line.add(DueDates.overdueMarker(this));
            }
            header.add(line);
        }
        return header;
    }

    /** What the person reads before answering; each part only when the task's process supplies it. */
    private Component context(Map<String, Object> data) {
        Section context = column();
        if (data.get("badgeName") != null) {
            context.add(new H3(getTranslation("task.badge") + " · " + data.get("badgeName")));
            addText(context, "task.criteria", data.get("badgeCriteria"));
        }
        if (data.get("nomineeName") != null) {
            context.add(new H3(getTranslation("task.nominee") + " · " + data.get("nomineeName")));
            if (data.get("nominatorName") != null) {
                context.add(new Paragraph(getTranslation("task.nominated-by", data.get("nominatorName"))));
            }
            addText(context, "task.narrative", data.get("nominationNarrative"));
        }
        // the round matters once there is evidence to weigh, or an earlier round to remember
        if (data.get("round") != null && data.get("maxRounds") != null
                && (data.containsKey("evidenceNarrative") || !"1".equals(String.valueOf(data.get("round"))))) {
            context.add(new Paragraph(getTranslation("task.round", data.get("round"), data.get("maxRounds"))));
        }
        if (data.containsKey("evidenceNarrative") || data.containsKey("evidenceItems")) {
            context.add(new H3(getTranslation("task.evidence")));
            addText(context, null, data.get("evidenceNarrative"));
            context.add(evidenceItems(data.get("evidenceItems")));
        }
        List<?> feedback = list(data.get("juryFeedback"));
        if (!feedback.isEmpty()) {
            context.add(new H3(getTranslation("task.jury-feedback")));
            context.add(bullets(feedback.stream().map(String::valueOf).toList()));
        }
        List<?> earlier = list(data.get("earlierComments"));
        if (!earlier.isEmpty()) {
            context.add(new H3(getTranslation("task.earlier-comments")));
            context.add(bullets(earlier.stream().map(Map.class::cast)
                    .map(c -> getTranslation("task.earlier-comment", c.get("round")) + " · " + c.get("comment"))
                    .toList()));
        }
        List<?> steps = list(data.get("timeline"));
        if (!steps.isEmpty()) {
            context.add(new H3(getTranslation("task.timeline")));
            TimelineList timeline = new TimelineList(dueDates.time());
            steps.stream().map(Map.class::cast).forEach(step -> timeline.add((Instant) step.get("at"),
                    (String) step.get("activityId"), (String) step.get("name")));
            context.add(timeline);
        }
        return context;
    }

    /** The form; a candidate who has not claimed the task is offered to claim it before completing it. */
    private Component work(TaskDetails task) {
        Section work = column();
        RenderedForm form = renderer.render(FormDefinition.parse(task.form()), task.data());
        work.add(new H3(getTranslation("task.your-answer")), form);
        if (task.task().assignee() == null) {
            Button claim = new Button(getTranslation("task.claim"), click -> claim(task.task()));
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            work.add(new Paragraph(getTranslation("task.claim-first")), claim);
        } else {
            Button complete = new Button(getTranslation("task.complete"), click -> complete(task.task(), form));
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            work.add(complete);
        }
        return work;
    }

    /** The form's own check first, then the service's (the same rules, on the deployed form). */
    private void complete(TaskSummary task, RenderedForm form) {
        Optional<Map<String, Object>> values = form.validate();
        if (values.isEmpty()) {
            return;
        }
        try {
            taskList.complete(task.id(), values.get());
            Notices.done(getTranslation("task.completed", TaskTexts.name(this, task)));
            UI.getCurrent().navigate(TaskListView.class);
        } catch (InvalidSubmissionException invalid) {
            form.showErrors(invalid.errors());
        } catch (DomainException refusal) {
            Notices.refused(this, refusal);
        }
    }

    private void claim(TaskSummary task) {
        try {
            taskList.claim(task.id());
            Notices.done(getTranslation("task.claimed", TaskTexts.name(this, task)));
            show(taskList.get(task.id()));
        } catch (DomainException refusal) {
            Notices.refused(this, refusal);
        }
    }

    private Component evidenceItems(Object value) {
        List<?> items = list(value);
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("task.evidence.none"));
        }
        UnorderedList list = new UnorderedList();
        items.stream().map(Map.class::cast).forEach(item -> {
            ListItem entry = new ListItem(link(item.get("name"), item.get("url")));
            if (item.get("description") != null && !String.valueOf(item.get("description")).isBlank()) {
                entry.add(new Span(" · " + item.get("description")));
            }
            list.add(entry);
        });
        return list;
    }

    private static Component link(Object name, Object url) {
        return ExternalLink.of(url == null ? null : url.toString(), name == null ? null : name.toString());
    }

    private void addText(Section section, String titleKey, Object text) {
        if (text == null || text.toString().isBlank()) {
            return;
        }
        if (titleKey != null) {
            Span title = new Span(getTranslation(titleKey));
            title.getStyle().set("font-weight", "600");
            section.add(title);
        }
        Paragraph paragraph = new Paragraph(text.toString());
        paragraph.getStyle().set("white-space", "pre-line").set("margin-top", "var(--lumo-space-xs)");
        section.add(paragraph);
    }

    private static UnorderedList bullets(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> {
            ListItem item = new ListItem(line);
            item.getStyle().set("white-space", "pre-line");
            list.add(item);
        });
        return list;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** Half the width on a wide screen, the whole width once two would not fit side by side. */
    private static Section column() {
        Section column = new Section();
        column.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        return column;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.page-title", details == null ? "" : TaskTexts.name(this, details.task()));
    }
}
