package org.accolade.issuance.ui;

import static org.accolade.issuance.ui.BadgeSections.section;
import static org.accolade.issuance.ui.BadgeSections.text;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.accolade.issuance.AssertionEvidence;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.PublicBadge;
import org.accolade.issuance.PublicEndorsement;
import org.accolade.ui.ExternalLink;
import org.accolade.shell.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An issued badge's public page, the address its holder shares: what it recognises, who holds it, who issued it,
 * whether it still stands, and the ways to download, verify and share it. Anyone with the address may read it.
 * The layout is named rather than automatic: the automatic one is for signed-in people only.
 */
@Route(value = "badges/:" + PublicBadgeView.ASSERTION_ID, layout = MainLayout.class)
@AnonymousAllowed
class PublicBadgeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ASSERTION_ID = "assertionId";

    private final AssertionService assertions;
    private final OpenBadgesUrls urls;
    private final Clock clock;
    private String title;

    PublicBadgeView(AssertionService assertions, OpenBadgesUrls urls, Clock clock) {
        this.assertions = assertions;
        this.urls = urls;
        this.clock = clock;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<PublicBadge> badge = event.getRouteParameters().get(ASSERTION_ID).flatMap(BadgeSections::uuid)
                .map(AssertionId::new)
                .flatMap(assertions::publicBadge);
        badge.ifPresentOrElse(this::show, this::showNoSuchBadge);
    }

    private void show(PublicBadge badge) {
        BadgeWords words = new BadgeWords(this, urls, clock);
        title = getTranslation("badges.page.page-title", badge.badgeName(), badge.recipientName());
        add(new H1(badge.badgeName()), banner(badge, words), summary(badge, words), text(badge.badgeDescription()),
                BadgeSections.criteria(this, badge.criteria(), badge.criteriaUrl()));
        BadgeSections.tags(this, badge.tags()).forEach(this::add);
        BadgeSections.alignments(this, badge.alignments()).forEach(this::add);
        add(section(this, "badge-jury", "badges.jury", text(badge.narrative())));
        if (badge.evidenceNarrative() != null || !badge.evidence().isEmpty()) {
            add(evidence(badge));
        }
        add(BadgeSections.endorsements(this, "badge-endorsements", badge.endorsements(), words),
                actions(badge, words));
    }

    /** Whether the badge stands, in words and not only in colour. */
    private Div banner(PublicBadge badge, BadgeWords words) {
        BadgeStatus status = words.status(badge.revokedAt(), badge.expires());
        Div banner = new Div(new Span(words.status("badges.banner.", badge.revokedAt(), badge.expires(),
                badge.revocationReason())));
        banner.setId("badge-status");
        banner.getElement().setAttribute("role", "status");
        banner.getElement().setAttribute("data-status", status.name());
        String colour = status == BadgeStatus.VALID ? "success" : "error";
        banner.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%")
                .set("box-sizing", "border-box").set("border-radius", "var(--lumo-border-radius-m)")
                .set("color", "var(--lumo-" + colour + "-text-color)")
                .set("background", "var(--lumo-" + colour + "-color-10pct)").set("font-weight", "600");
        return banner;
    }

    /** The awarding organisation's logo, small, before its name; nothing when it has none. */
    private Component issuerLogo(PublicBadge badge, BadgeWords words) {
        if (badge.issuerLogo() == null) {
            return new Span();
        }
        Image logo = BadgeSections.picture(words.local(badge.issuerLogo()),
                getTranslation("organisations.page.logo", badge.issuerName()), "1.5em");
        logo.setId("badge-issuer-logo");
        logo.getStyle().set("vertical-align", "middle").set("margin-right", "var(--lumo-space-xs)");
        return logo;
    }

    private FlexLayout summary(PublicBadge badge, BadgeWords words) {
        Image image = BadgeSections.picture(words.bakedPng(badge), badge.badgeName(), "10em");
        Anchor issuer = new Anchor("organisations/" + badge.issuerKey(), badge.issuerName());
        issuer.setId("badge-issuer");
        Div facts = new Div(
                fact("badge-recipient", new Span(getTranslation("badges.recipient", badge.recipientName()))),
                fact("badge-issued-by", issuerLogo(badge, words), new Span(getTranslation("badges.issued-by") + " "),
                        issuer, new Span(" · "), BadgeWords.external(badge.issuerUrl(), badge.issuerUrl())),
                fact("badge-issued-on", new Span(getTranslation("badges.issued-on", words.date(badge.issuedOn())))));
        if (badge.expires() != null) {
            facts.add(fact("badge-expires", new Span(getTranslation("badges.expires", words.date(badge.expires())))));
        }
        FlexLayout summary = new FlexLayout(image, facts);
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.setAlignItems(Alignment.CENTER);
        summary.getStyle().set("gap", "var(--lumo-space-l)");
        return summary;
    }

    private static Paragraph fact(String id, Component... parts) {
        Paragraph fact = new Paragraph(parts);
        fact.setId(id);
        fact.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return fact;
    }

    /** What the holder showed the jury, published because they agreed to it. */
    private Section evidence(PublicBadge badge) {
        Section section = section(this, "badge-evidence", "badges.evidence");
        if (badge.evidenceNarrative() != null) {
            section.add(text(badge.evidenceNarrative()));
        }
        UnorderedList items = new UnorderedList();
        for (AssertionEvidence piece : badge.evidence()) {
            ListItem item = new ListItem(ExternalLink.of(piece.url(), piece.name()));
            if (piece.description() != null && !piece.description().isBlank()) {
                item.add(new Span(" · " + piece.description()));
            }
            items.add(item);
        }
        section.add(items);
        return section;
    }

    private Section actions(PublicBadge badge, BadgeWords words) {
        UnorderedList links = BadgeSections.inlineList();
        links.getStyle().set("gap", "var(--lumo-space-m)");
        words.downloads(badge).forEach(download -> links.add(new ListItem(download)));
        links.add(new ListItem(words.addToLinkedIn(badge)));
        Anchor verify = new Anchor("/verify", getTranslation("badges.verify"));
        Anchor json = new Anchor(words.local(badge.assertionUrl()), getTranslation("badges.json"));
        json.setRouterIgnore(true);
        links.add(new ListItem(verify), new ListItem(json));
        Section actions = section(this, "badge-actions", "badges.actions", links);
        List<Component> credential = words.credentialLinks(badge);
        if (!credential.isEmpty()) {
            UnorderedList list = BadgeSections.inlineList(credential);
            list.setId("badge-credential");
            actions.add(list);
        }
        return actions;
    }

    private void showNoSuchBadge() {
        title = BadgeSections.noSuchBadge(this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
