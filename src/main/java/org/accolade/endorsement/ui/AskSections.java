package org.accolade.endorsement.ui;

import java.time.Instant;
import java.util.List;

import org.accolade.endorsement.EndorsementAsk;
import org.accolade.endorsement.EndorsementAsk.Evidence;
import org.accolade.ui.ExternalLink;
import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a partner is asked to endorse, as sections of the page: the badge and its criteria, the issuer, and for an
 * award the nominee's narrative with the evidence they agreed to show. Words come from i18n/endorsement-ui.
 */
final class AskSections {

    private final Component page;
    private final PersonalTime time;

    AskSections(Component page, PersonalTime time) {
        this.page = page;
        this.time = time;
    }

    Section badge(EndorsementAsk.Badge badge) {
        Image image = new Image(badge.image(), badge.name());
        image.setHeight("8em");
        Section section = section("endorse-badge", image,
                new H2(page.getTranslation("endorse-page.badge", badge.name())), text(badge.description()));
        section.add(new H3(page.getTranslation("endorse-page.criteria")), text(badge.criteria()));
        return section;
    }

    Section issuer(EndorsementAsk.Issuer issuer) {
        Component name = ExternalLink.of(issuer.url(), issuer.name());
        Section section = section("endorse-issuer", new H2(page.getTranslation("endorse-page.issuer")),
                new Paragraph(name));
        if (issuer.description() != null && !issuer.description().isBlank()) {
            section.add(text(issuer.description()));
        }
        return section;
    }

    /** The nominee and their evidence with their consent; without it, the jury's decision only, and why. */
    Section award(EndorsementAsk.Award award) {
        Paragraph decision = new Paragraph(page.getTranslation("endorse-page.jury-decision", award.round()));
        if (!award.nomineeShown()) {
            return section("endorse-award", new H2(page.getTranslation("endorse-page.award.withheld")),
                    new Paragraph(page.getTranslation("endorse-page.award.withheld.why")), decision);
        }
        Section section = section("endorse-award",
                new H2(page.getTranslation("endorse-page.award", award.nomineeName())), decision,
                new H3(page.getTranslation("endorse-page.narrative")), text(award.narrative()),
                new H3(page.getTranslation("endorse-page.evidence")));
        section.add(evidence(award.evidence()));
        return section;
    }

    Paragraph expiry(Instant expiresAt) {
        Paragraph expiry = new Paragraph(page.getTranslation("endorse-page.expires", time.longDateTime(expiresAt)));
        expiry.setId("endorse-expires");
        return expiry;
    }

    /** Only what the nominee agreed to show reaches this page; none at all is said in words. */
    private Component evidence(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return new Paragraph(page.getTranslation("endorse-page.evidence.none"));
        }
        UnorderedList list = new UnorderedList();
        for (Evidence piece : evidence) {
            ListItem item = new ListItem(ExternalLink.of(piece.url(), piece.name()));
            if (piece.description() != null && !piece.description().isBlank()) {
                item.add(new Span(" · " + piece.description()));
            }
            list.add(item);
        }
        return list;
    }

    private static Section section(String id, Component... content) {
        Section section = new Section(content);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    /** Text as typed, its line breaks kept. */
    private static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(text == null ? "" : text);
        paragraph.getStyle().set("white-space", "pre-line");
        return paragraph;
    }
}
