package org.accolade.nomination.ui;

import java.time.ZoneId;
import java.util.List;

import org.accolade.nomination.RecognitionTaskContext;
import org.accolade.nomination.RecognitionTaskContext.Item;
import org.accolade.ui.ExternalLink;
import org.accolade.ui.PersonalTime;
import org.accolade.ui.TimelineList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a person reads before answering a recognition task: the badge and its criteria, the nominee, the
 * nominator's narrative, the round, the evidence, the jury's comments and the timeline; each part only when there
 * is something to show.
 */
class RecognitionTaskSection extends Div {

    RecognitionTaskSection(RecognitionTaskContext context, ZoneId zone) {
        add(new H3(getTranslation("recognition-task.badge") + " · " + context.badgeName()));
        addText("recognition-task.criteria", context.badgeCriteria());
        add(new H3(getTranslation("recognition-task.nominee") + " · " + context.nomineeName()));
        add(new Paragraph(getTranslation("recognition-task.nominated-by", context.nominatorName())));
        addText("recognition-task.narrative", context.nominationNarrative());
        // the round matters once there is evidence to weigh, or an earlier round to remember
        if (context.evidenceToReview() || context.round() != 1) {
            add(new Paragraph(getTranslation("recognition-task.round", context.round(), context.maxRounds())));
        }
        if (context.evidenceToReview()) {
            add(new H3(getTranslation("recognition-task.evidence")));
            addText(null, context.evidence().narrative());
            add(evidenceItems(context.evidence().items()));
        }
        addBullets("recognition-task.jury-feedback", context.juryFeedback());
        addBullets("recognition-task.earlier-comments", context.earlierComments().stream()
                .map(c -> getTranslation("recognition-task.earlier-comment", c.round()) + " · " + c.comment())
                .toList());
        if (!context.timeline().isEmpty()) {
            add(new H3(getTranslation("recognition-task.timeline")));
            TimelineList timeline = new TimelineList(new PersonalTime(zone, getLocale()));
            context.timeline().forEach(step -> timeline.add(step.at(), step.activityId(), step.name()));
            add(timeline);
        }
    }

    private Component evidenceItems(List<Item> items) {
        if (items.isEmpty()) {
            return new Paragraph(getTranslation("recognition-task.evidence.none"));
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> {
            ListItem entry = new ListItem(ExternalLink.of(item.url(), item.name()));
            if (item.description() != null && !item.description().isBlank()) {
                entry.add(new Span(" · " + item.description()));
            }
            list.add(entry);
        });
        return list;
    }

    private void addText(String titleKey, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (titleKey != null) {
            Span title = new Span(getTranslation(titleKey));
            title.getStyle().set("font-weight", "600");
            add(title);
        }
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("white-space", "pre-line").set("margin-top", "var(--lumo-space-xs)");
        add(paragraph);
    }

    private void addBullets(String titleKey, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        add(new H3(getTranslation(titleKey)));
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> {
            ListItem item = new ListItem(line);
            item.getStyle().set("white-space", "pre-line");
            list.add(item);
        });
        add(list);
    }
}
