package org.accolade.issuance.ui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.accolade.catalog.Alignment;
import org.accolade.issuance.PublicEndorsement;
import org.accolade.ui.ExternalLink;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The parts of a badge that its class decides, shown alike on an issued badge's page and its class's page. */
final class BadgeSections {

    private BadgeSections() {
    }

    static Section section(Component screen, String id, String titleKey, Component... content) {
        Section section = new Section(new H2(screen.getTranslation(titleKey)));
        section.setId(id);
        section.add(content);
        section.setWidthFull();
        return section;
    }

    /** Partners' endorsements: who, their words, who signed and when; or that there is none yet. */
    static Section endorsements(Component screen, String id, List<PublicEndorsement> endorsements,
            BadgeWords words) {
        if (endorsements.isEmpty()) {
            return section(screen, id, "badges.endorsements",
                    new Paragraph(screen.getTranslation("badges.endorsements.none")));
        }
        UnorderedList list = new UnorderedList();
        for (PublicEndorsement endorsement : endorsements) {
            Component partner = ExternalLink.of(endorsement.partnerWebsite(), endorsement.partnerName());
            String signer = endorsement.endorserRole() == null ? endorsement.endorserName()
                    : endorsement.endorserName() + ", " + endorsement.endorserRole();
            list.add(new ListItem(new Div(partner, new Span(" · " + words.date(endorsement.issuedOn()))),
                    text(endorsement.comment()), new Div(new Span("— " + signer))));
        }
        return section(screen, id, "badges.endorsements", list);
    }

    /** Text as typed, its line breaks kept. */
    static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }

    /** The criteria; {@code criteriaUrl} is null on the page that is itself at that address. */
    static Section criteria(Component screen, String criteria, String criteriaUrl) {
        Section section = section(screen, "badge-criteria", "badges.criteria", text(criteria));
        if (criteriaUrl != null) {
            Anchor link = new Anchor(criteriaUrl, screen.getTranslation("badges.criteria.link"));
            section.add(link);
        }
        return section;
    }

    /** Tags as small labels, or nothing at all when there are none. */
    static List<Section> tags(Component screen, List<String> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        UnorderedList list = inlineList();
        tags.forEach(tag -> {
            Span label = new Span(tag);
            label.getElement().getThemeList().add("badge contrast");
            list.add(new ListItem(label));
        });
        return List.of(section(screen, "badge-tags", "badges.tags", list));
    }

    /** Where the badge sits in competency frameworks: "DigComp 2.2 · 1.1 · Browsing data", the name linked. */
    static List<Section> alignments(Component screen, List<Alignment> alignments) {
        if (alignments.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        for (Alignment alignment : alignments) {
            ListItem item = new ListItem();
            Stream.of(alignment.targetFramework(), alignment.targetCode())
                    .filter(part -> part != null && !part.isBlank())
                    .forEach(part -> item.add(new Span(part + " · ")));
            item.add(BadgeWords.external(alignment.targetUrl(), alignment.targetName()));
            list.add(item);
        }
        return List.of(section(screen, "badge-alignments", "badges.alignments", list));
    }

    /** The badge's picture, whole and unstretched, in a square of {@code size}. */
    static Image picture(String src, String name, String size) {
        Image image = new Image(src, name);
        image.setWidth(size);
        image.setHeight(size);
        image.getStyle().set("object-fit", "contain");
        return image;
    }

    /** An address typed wrong or cut short is no badge either, rather than an error page. */
    static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Shows that there is no such badge, and returns the page title that says it. */
    static String noSuchBadge(VerticalLayout page) {
        Paragraph text = new Paragraph(page.getTranslation("badges.none.text"));
        text.setId("badge-none");
        page.add(new H1(page.getTranslation("badges.none.title")), text);
        return page.getTranslation("badges.none.page-title");
    }

    static UnorderedList inlineList() {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding", "0").set("display", "flex")
                .set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("margin", "0");
        return list;
    }

    /** The parts on one line, each an item: a sentence followed by its links. */
    static UnorderedList inlineList(List<Component> parts) {
        UnorderedList list = inlineList();
        parts.forEach(part -> list.add(new ListItem(part)));
        return list;
    }
}
