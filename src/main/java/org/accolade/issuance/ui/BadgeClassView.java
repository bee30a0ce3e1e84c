package org.accolade.issuance.ui;

import static org.accolade.issuance.ui.BadgeSections.text;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.shell.MainLayout;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A badge class's public page, the criteria address its hosted Open Badges document names: what the badge
 * recognises and what it takes. A draft is not public yet, so it is no badge here; an archived one still is,
 * since badges issued from it point here.
 */
@Route(value = "badge-classes/:" + BadgeClassView.BADGE_CLASS_ID, layout = MainLayout.class)
@AnonymousAllowed
class BadgeClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String BADGE_CLASS_ID = "badgeClassId";

    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private String title;

    BadgeClassView(BadgeClassService badgeClasses, IssuerService issuers) {
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        setMaxWidth("60em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        event.getRouteParameters().get(BADGE_CLASS_ID).flatMap(BadgeSections::uuid).map(BadgeClassId::new).flatMap(badgeClasses::find)
                .filter(badge -> badge.status() != BadgeClassStatus.DRAFT)
                .ifPresentOrElse(this::show, this::showNoSuchBadge);
    }

    private void show(BadgeClass badge) {
        title = getTranslation("badges.class.page-title", badge.name());
        Image image = BadgeSections.picture("/api/v1/badge-classes/" + badge.id() + "/image", badge.name(), "10em");
        Paragraph issuer = new Paragraph(getTranslation("badges.class.issuer",
                issuers.find(badge.issuerId()).map(Issuer::name).orElse("")));
        issuer.setId("badge-class-issuer");
        add(new H1(badge.name()), image, issuer, text(badge.description()),
                BadgeSections.criteria(this, badge.criteria(), null));
        BadgeSections.tags(this, badge.tags()).forEach(this::add);
        BadgeSections.alignments(this, badge.alignments()).forEach(this::add);
    }

    private void showNoSuchBadge() {
        title = BadgeSections.noSuchBadge(this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
