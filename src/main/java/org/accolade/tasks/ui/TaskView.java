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
import org.accolade.tasks.TaskContextPanel;
import org.accolade.tasks.TaskDetails;
import org.accolade.tasks.TaskHeadline;
import org.accolade.tasks.TaskListService;
import org.accolade.tasks.TaskSummary;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One task: its form beside what the person needs to answer it, which the module owning the task's process draws
 * ({@link TaskContextPanel}). Two columns on a wide screen,
 * one above the other on a phone. A task that is not the person's never opens: the service refuses it, and the
 * refusal is shown instead.
 */
@Route("tasks/:taskId")
@PermitAll
class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TASK_ID = "taskId";

    private final TaskListService taskList;
    private final FormRenderer renderer;
    private final List<TaskContextPanel<?>> panels;
    private final DueDates dueDates;
    private TaskDetails details;

    TaskView(TaskListService taskList, FormRenderer renderer, List<TaskContextPanel<?>> panels, Clock clock) {
        this.taskList = taskList;
        this.renderer = renderer;
        this.panels = panels;
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
        Div columns = new Div(context(task), work(task));
        columns.setWidthFull();
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        add(new RouterLink(getTranslation("task.back"), TaskListView.class), header(task), columns);
    }

    private Component header(TaskDetails task) {
        Div header = new Div(new H2(TaskTexts.name(this, task.task())));
        TaskHeadline headline = task.headline();
        if (headline.subject() != null && headline.person() != null) {
            header.add(new Paragraph(getTranslation("task.about", headline.subject(), headline.person())));
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

    /** What the person reads before answering, as the module owning the task's process draws it. */
    private Component context(TaskDetails task) {
        Section context = column();
        panels.stream().filter(panel -> panel.processKey().equals(task.task().processKey())).findFirst()
                .ifPresent(panel -> context.add(render(panel, task.context())));
        return context;
    }

    private <C> Component render(TaskContextPanel<C> panel, Object context) {
        return panel.render(panel.contextType().cast(context), dueDates.zone());
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
