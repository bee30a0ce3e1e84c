package org.accolade.issuance.ui;

import java.time.Clock;

import org.accolade.issuance.AssertionService;
import org.accolade.issuance.AssertionSummary;
import org.accolade.issuance.OpenBadgesUrls;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The badges the admin's organisations issued, newest first, loaded a page at a time; an admin of the organisation
 * that awarded one revokes it here, saying why.
 */
@Route("admin/assertions")
@RolesAllowed("ORGANISATION_ADMIN")
@Menu(title = "menu.admin.assertions", icon = "vaadin:diploma-scroll", order = 13)
class AssertionsView extends VerticalLayout implements HasDynamicTitle {

    private final AssertionService assertions;
    private final BadgeWords words;
    private final Grid<AssertionSummary> grid = new Grid<>();

    AssertionsView(AssertionService assertions, OpenBadgesUrls urls, Clock clock) {
        this.assertions = assertions;
        this.words = new BadgeWords(this, urls, clock);
        setSizeFull();
        configureGrid();
        add(new H2(getTranslation("badges.admin.title")), grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AssertionSummary::badgeName).setKey("badge").setHeader(getTranslation("badges.admin.badge"))
                .setAutoWidth(true);
        grid.addColumn(AssertionSummary::recipientName).setKey("holder")
                .setHeader(getTranslation("badges.admin.holder")).setAutoWidth(true);
        grid.addColumn(AssertionSummary::recipientEmail).setKey("email")
                .setHeader(getTranslation("badges.admin.email")).setAutoWidth(true);
        grid.addColumn(badge -> words.date(badge.issuedOn())).setKey("issued")
                .setHeader(getTranslation("badges.admin.issued-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(badge -> words.status("badges.status.", badge.revokedAt(), badge.expires(),
                badge.revocationReason())).setKey("status").setHeader(getTranslation("badges.admin.status"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("badges.admin.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                query -> assertions.page(query.getOffset(), query.getLimit()).stream(),
                query -> assertions.count()));
    }

    private Component actions(AssertionSummary badge) {
        RouterLink page = new RouterLink(getTranslation("badges.admin.public-page"), PublicBadgeView.class,
                new RouteParameters(PublicBadgeView.ASSERTION_ID, badge.id().toString()));
        HorizontalLayout actions = new HorizontalLayout(page);
        actions.setAlignItems(Alignment.CENTER);
        if (!badge.isRevoked()) {
            Button revoke = new Button(getTranslation("badges.admin.revoke"),
                    click -> new RevokeDialog(assertions, badge, grid.getDataProvider()::refreshAll).open());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badges.admin.page-title");
    }
}
