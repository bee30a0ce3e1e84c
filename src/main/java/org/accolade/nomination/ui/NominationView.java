package org.accolade.nomination.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationDetails.EvidenceRound;
import org.accolade.nomination.NominationDetails.Item;
import org.accolade.nomination.NominationDetails.ReviewEntry;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.StalledReview;
import org.accolade.nomination.StalledReviewService;
import org.accolade.nomination.TimelineEntry;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.ui.PersonalTime;
import org.accolade.ui.TimelineList;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * "Where is my nomination?": its state, the people, what was written and brought, the jury's reviews as the
 * service shows them to this person, and the steps it went through. The service decides who may see it.
 */
@Route("nominations/:id")
@PermitAll
class NominationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final NominationService nominations;
    private final StalledReviewService stalledReviews;
    private final CurrentMember currentMember;
    private final Wording words;
    private final PersonalTime time;
    private String badgeName = "";

    NominationView(NominationService nominations, StalledReviewService stalledReviews, CurrentMember currentMember,
            Clock clock) {
        this.nominations = nominations;
        this.stalledReviews = stalledReviews;
        this.currentMember = currentMember;
        this.words = new Wording(this);
        this.time = new PersonalTime(clock);
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(parse(event.getRouteParameters().get("id").orElse("")));
    }

    private void show(NominationId id) {
        NominationDetails nomination = nominations.get(id);
        List<TimelineEntry> steps = nominations.timeline(id);
        badgeName = nomination.badgeName();
        removeAll();
        add(new H1(nomination.badgeName()), facts(nomination));
        stalledReview(id, nomination).ifPresent(this::add);
        add(narrative(nomination), evidence(nomination.evidence()), reviews(nomination.reviews()), timeline(steps));
    }

    /** Only to an admin of its organisation who is not part of it, and only when there is a way out to take. */
    private Optional<Component> stalledReview(NominationId id, NominationDetails nomination) {
        MemberId me = currentMember.id();
        if (nomination.stage() != NominationStage.REVIEW
                || !currentMember.administers(new OrganisationId(nomination.organisationId()))
                || me.value().equals(nomination.nominee().id()) || me.value().equals(nomination.nominator().id())) {
            return Optional.empty();
        }
        StalledReview review = stalledReviews.get(id);
        return review.escalated() ? Optional.of(new StalledReviewPanel(stalledReviews, id, review, () -> show(id)))
                : Optional.empty();
    }

    private static NominationId parse(String id) {
        try {
            return NominationId.of(id);
        } catch (IllegalArgumentException notAnId) {
            throw DomainException.notFound("nomination.unknown", "id");
        }
    }

    private DescriptionList facts(NominationDetails nomination) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("nomination.kind", words.kind(nomination.kind()));
        facts.put("nomination.status", words.status(nomination.status()));
        facts.put("nomination.stage", words.stage(nomination.stage()));
        facts.put("nomination.round", String.valueOf(nomination.round()));
        facts.put("nomination.nominee", nomination.nominee().name());
        facts.put("nomination.nominator", nomination.nominator().name());
        facts.put("nomination.submitted", time.dateTime(nomination.createdAt()));
        facts.put("nomination.updated", time.dateTime(nomination.updatedAt()));
        if (nomination.stopReason() != null) {
            facts.put("nomination.stopped", getTranslation("nomination.stopped." + nomination.stopReason()));
        }
        DescriptionList list = new DescriptionList();
        list.setId("nomination-facts");
        facts.forEach((key, value) -> list.add(new Term(getTranslation(key)), new Description(value)));
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin", "0");
        list.getChildren().filter(Description.class::isInstance)
                .forEach(description -> description.getStyle().set("margin", "0"));
        list.getChildren().filter(Term.class::isInstance)
                .forEach(term -> term.getStyle().set("color", "var(--lumo-secondary-text-color)"));
        return list;
    }

    private Section narrative(NominationDetails nomination) {
        return section("nomination-narrative", "nomination.narrative", text(nomination.narrative()));
    }

    private Section evidence(List<EvidenceRound> rounds) {
        if (rounds.isEmpty()) {
            return section("nomination-evidence", "nomination.evidence",
                    new Paragraph(getTranslation("nomination.evidence.none")));
        }
        Section section = section("nomination-evidence", "nomination.evidence");
        for (EvidenceRound round : rounds) {
            section.add(new H3(getTranslation("nomination.evidence.round", round.round(),
                    time.dateTime(round.submittedAt()))), text(round.narrative()));
            UnorderedList items = new UnorderedList();
            round.items().forEach(item -> items.add(item(item)));
            if (!round.items().isEmpty()) {
                section.add(items);
            }
        }
        return section;
    }

    /** A link only to a web address: an item's URL is whatever the nominee typed. */
    private static ListItem item(Item item) {
        String name = item.name() == null || item.name().isBlank() ? item.url() : item.name();
        ListItem entry = new ListItem();
        if (isWebAddress(item.url())) {
            Anchor link = new Anchor(item.url(), name, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            entry.add(link);
        } else {
            entry.add(new Span(name == null ? "" : name));
        }
        if (item.description() != null && !item.description().isBlank()) {
            entry.add(new Span(" · " + item.description()));
        }
        return entry;
    }

    private static boolean isWebAddress(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private Section reviews(List<ReviewEntry> reviews) {
        if (reviews.isEmpty()) {
            return section("nomination-reviews", "nomination.reviews",
                    new Paragraph(getTranslation("nomination.reviews.none")));
        }
        UnorderedList list = new UnorderedList();
        for (ReviewEntry review : reviews) {
            String who = review.juror() == null ? "" : " · " + review.juror().name();
            Span heading = new Span(getTranslation("nomination.reviews.entry", review.round(),
                    getTranslation("nomination.verdict." + review.verdict()), time.date(review.decidedAt())) + who);
            heading.getStyle().set("font-weight", "600");
            list.add(new ListItem(heading, text(review.comment())));
        }
        return section("nomination-reviews", "nomination.reviews", list);
    }

    private Section timeline(List<TimelineEntry> steps) {
        TimelineList timeline = new TimelineList(time);
        steps.forEach(step -> timeline.add(step.at(), step.activityId(), step.name()));
        return section("nomination-timeline", "nomination.timeline", timeline);
    }

    private Section section(String id, String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.add(content);
        section.setWidthFull();
        return section;
    }

    /** Text as its author wrote it, line breaks included. */
    private static Paragraph text(String value) {
        Paragraph paragraph = new Paragraph(value == null ? "" : value);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nomination.page-title", badgeName);
    }
}
