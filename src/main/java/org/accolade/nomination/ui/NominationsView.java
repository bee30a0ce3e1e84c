package org.accolade.nomination.ui;

import java.time.Clock;

import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationSummary;
import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The nominations the person made or that name them, newest first; a row opens the nomination. */
@Route("nominations")
@PermitAll
@Menu(title = "menu.nominations", icon = "vaadin:list", order = 3)
class NominationsView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<NominationSummary> grid = new Grid<>();

    NominationsView(NominationService nominations, Clock clock) {
        Wording words = new Wording(this);
        PersonalTime time = new PersonalTime(clock);
        setSizeFull();
        grid.addComponentColumn(nomination -> new RouterLink(nomination.badgeName(), NominationView.class,
                new RouteParameters("id", nomination.id().toString())))
                .setHeader(getTranslation("nominations.badge")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(NominationSummary::nomineeName).setHeader(getTranslation("nominations.nominee"))
                .setAutoWidth(true);
        grid.addColumn(NominationSummary::nominatorName).setHeader(getTranslation("nominations.nominator"))
                .setAutoWidth(true);
        grid.addColumn(nomination -> words.kind(nomination.kind()))
                .setHeader(getTranslation("nominations.kind")).setAutoWidth(true);
        grid.addColumn(nomination -> words.status(nomination.status()))
                .setHeader(getTranslation("nominations.status")).setAutoWidth(true);
        grid.addColumn(nomination -> words.stage(nomination.stage()))
                .setHeader(getTranslation("nominations.stage")).setWidth("16em").setFlexGrow(1);
        grid.addColumn(nomination -> time.date(nomination.updatedAt()))
                .setHeader(getTranslation("nominations.updated")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        // the service lists newest first and sorts nothing else
        grid.getColumns().forEach(column -> column.setSortable(false));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> nominations.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) nominations.countMine());
        grid.addItemClickListener(click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                NominationView.class, new RouteParameters("id", click.getItem().id().toString()))));
        grid.setEmptyStateText(getTranslation("nominations.none"));
        grid.setAriaLabel(getTranslation("nominations.title"));

        Paragraph intro = new Paragraph(getTranslation("nominations.intro"));
        add(new H1(getTranslation("nominations.title")), intro, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nominations.page-title");
    }
}
