package org.accolade.issuance.ui;

import static org.accolade.issuance.ui.BadgeSections.section;
import static org.accolade.issuance.ui.BadgeSections.text;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.EndorsementIssuance;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.PublicEndorsement;
import org.accolade.shell.MainLayout;
import org.accolade.ui.ExternalLink;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An organisation's public page (DESIGN section 9): who it is, the badges it awards and who may receive each, the
 * endorsements partners gave it and its badges, and how to ask for one. Its OpenGraph tags are written by
 * {@link OpenGraphTags}, so that a link shared on a network shows the organisation.
 */
@Route(value = "organisations/:" + OrganisationPage.KEY, layout = MainLayout.class)
@AnonymousAllowed
class OrganisationPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String KEY = "key";

    private final IssuerService organisations;
    private final BadgeClassService badgeClasses;
    private final EndorsementIssuance endorsements;
    private final OpenBadgesUrls urls;
    private final Clock clock;
    private String title;

    OrganisationPage(IssuerService organisations, BadgeClassService badgeClasses, EndorsementIssuance endorsements,
            OpenBadgesUrls urls, Clock clock) {
        this.organisations = organisations;
        this.badgeClasses = badgeClasses;
        this.endorsements = endorsements;
        this.urls = urls;
        this.clock = clock;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(KEY).flatMap(organisations::findByKey)
                .ifPresentOrElse(this::show, this::showNoSuchOrganisation);
    }

    private void show(Issuer organisation) {
        title = organisation.name();
        H1 name = new H1(organisation.name());
        name.setId("organisation-name");
        add(name);
        BadgeWords words = new BadgeWords(this, urls, clock);
        if (organisation.hasLogo()) {
            add(BadgeSections.picture(words.local(urls.issuerLogo(organisation)), getTranslation(
                    "organisations.page.logo", organisation.name()), "6em"));
        }
        add(text(organisation.description()), contact(organisation));
        List<BadgeClass> badges = badgeClasses.published(organisation.id());
        add(badges(badges), BadgeSections.endorsements(this, "organisation-endorsements",
                endorsementsOf(organisation, badges), words), howToAsk(organisation));
    }

    private Paragraph contact(Issuer organisation) {
        Paragraph contact = new Paragraph(ExternalLink.of(organisation.url(), organisation.url()),
                new Span(" · "), new Anchor("mailto:" + organisation.email(), organisation.email()));
        contact.setId("organisation-contact");
        return contact;
    }

    private Section badges(List<BadgeClass> badges) {
        if (badges.isEmpty()) {
            return section(this, "organisation-badges", "organisations.page.badges",
                    new Paragraph(getTranslation("organisations.page.badges.none")));
        }
        UnorderedList list = new UnorderedList();
        for (BadgeClass badge : badges) {
            Anchor link = new Anchor("badge-classes/" + badge.id(), badge.name());
            list.add(new ListItem(link, new Span(" · " + getTranslation("organisations.page.audience."
                    + badge.audience().name().toLowerCase(Locale.ROOT))), text(badge.description())));
        }
        return section(this, "organisation-badges", "organisations.page.badges", list);
    }

    /** What partners endorsed: the organisation itself, then each of its badges, the oldest first. */
    private List<PublicEndorsement> endorsementsOf(Issuer organisation, List<BadgeClass> badges) {
        return Stream.concat(Stream.of(EndorsedSubject.issuer(organisation.id())),
                badges.stream().map(badge -> EndorsedSubject.badgeClass(badge.id())))
                .flatMap(subject -> endorsements.of(subject).stream())
                .sorted(Comparator.comparing(PublicEndorsement::issuedOn)).toList();
    }

    private Section howToAsk(Issuer organisation) {
        Anchor catalogue = new Anchor("catalog?organisation=" + organisation.key(),
                getTranslation("organisations.page.ask.catalogue", organisation.name()));
        catalogue.setId("organisation-catalogue");
        return section(this, "organisation-ask", "organisations.page.ask",
                new Paragraph(getTranslation("organisations.page.ask.how")), catalogue);
    }

    private void showNoSuchOrganisation() {
        title = getTranslation("organisations.page.none");
        add(new H1(title), new Paragraph(getTranslation("organisations.page.none.text")));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
