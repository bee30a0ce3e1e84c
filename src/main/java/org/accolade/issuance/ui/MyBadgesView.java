package org.accolade.issuance.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssuedBadge;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.PublicBadge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * The badges the signed-in member holds, newest first, each with what they need to show it off: its public page,
 * its picture to download (the assertion baked in) and LinkedIn's form prefilled.
 */
@Route("my-badges")
@PermitAll
@Menu(title = "menu.my-badges", icon = "vaadin:diploma", order = 4)
class MyBadgesView extends VerticalLayout implements HasDynamicTitle {

    MyBadgesView(AssertionService assertions, OpenBadgesUrls urls, Clock clock) {
        setMaxWidth("60em");
        add(new H1(getTranslation("badges.mine.title")));
        List<PublicBadge> badges = assertions.heldByCaller().stream().map(IssuedBadge::id)
                .map(assertions::publicBadge).flatMap(Optional::stream).toList();
        if (badges.isEmpty()) {
            add(new Paragraph(getTranslation("badges.mine.none")));
            return;
        }
        BadgeWords words = new BadgeWords(this, urls, clock);
        UnorderedList list = new UnorderedList();
        list.setId("my-badges");
        list.getStyle().set("list-style", "none").set("padding", "0");
        badges.forEach(badge -> list.add(item(badge, words)));
        add(list);
    }

    private ListItem item(PublicBadge badge, BadgeWords words) {
        Image image = BadgeSections.picture(words.bakedPng(badge), badge.badgeName(), "5em");
        Paragraph facts = new Paragraph(getTranslation("badges.mine.issued-on", words.date(badge.issuedOn()))
                + " · " + words.status("badges.status.", badge.revokedAt(), badge.expires(),
                        badge.revocationReason()));
        facts.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        UnorderedList links = BadgeSections.inlineList();
        links.add(new ListItem(new RouterLink(getTranslation("badges.mine.public-page"), PublicBadgeView.class,
                new RouteParameters(PublicBadgeView.ASSERTION_ID, badge.id().toString()))));
        words.downloads(badge).forEach(download -> links.add(new ListItem(download)));
        links.add(new ListItem(words.addToLinkedIn(badge)));
        Div text = new Div(new H2(badge.badgeName()), facts, links);
        List<Component> credential = words.credentialLinks(badge);
        if (!credential.isEmpty()) {
            text.add(BadgeSections.inlineList(credential));
        }
        FlexLayout row = new FlexLayout(image, text);
        row.setAlignItems(Alignment.CENTER);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        ListItem item = new ListItem(row);
        item.getStyle().set("padding", "var(--lumo-space-s) 0");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badges.mine.page-title");
    }
}
