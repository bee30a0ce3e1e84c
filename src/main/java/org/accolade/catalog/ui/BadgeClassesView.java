package org.accolade.catalog.ui;

import java.util.Map;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.BadgeClassSummary;
import org.accolade.catalog.Issuer;
import org.accolade.shared.OrganisationId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * The badge classes of the caller's organisations, any status, for the admins who design them; which organisation
 * each belongs to when they administer several.
 */
@Route("admin/badge-classes")
@Menu(title = "menu.admin.badge-classes", icon = "vaadin:medal", order = 10)
@RolesAllowed("ORGANISATION_ADMIN")
class BadgeClassesView extends VerticalLayout implements HasDynamicTitle {

    final Select<BadgeClassStatus> statusFilter = new Select<>();
    final Grid<BadgeClassSummary> grid = new Grid<>();

    BadgeClassesView(BadgeClassService badgeClasses) {
        setSizeFull();

        Button create = new Button(getTranslation("badge-class.admin.new"), new Icon("vaadin", "plus"),
                click -> getUI().ifPresent(ui -> ui.navigate(BadgeClassEditorView.class,
                        new RouteParameters(BadgeClassEditorView.ID, BadgeClassEditorView.NEW))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        statusFilter.setLabel(getTranslation("badge-class.admin.filter.status"));
        statusFilter.setItems(BadgeClassStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("badge-class.admin.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null
                ? getTranslation("badge-class.admin.filter.all") : statusLabel(status));

        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(new ComponentRenderer<>(badge -> new RouterLink(badge.name(), BadgeClassEditorView.class,
                        new RouteParameters(BadgeClassEditorView.ID, badge.id().toString()))))
                .setHeader(getTranslation("badge-class.admin.column.name")).setFlexGrow(3).setKey("name");
        grid.addColumn(BadgeClassSummary::key).setHeader(getTranslation("badge-class.admin.column.key"))
                .setFlexGrow(2).setKey("key");
        Map<OrganisationId, String> organisations = badgeClasses.organisations().stream()
                .collect(Collectors.toMap(Issuer::id, Issuer::name));
        grid.addColumn(badge -> organisations.get(badge.organisationId()))
                .setHeader(getTranslation("badge-class.admin.column.organisation")).setFlexGrow(2)
                .setKey("organisation").setVisible(organisations.size() > 1);
        grid.addColumn(badge -> statusLabel(badge.status()))
                .setHeader(getTranslation("badge-class.admin.column.status")).setKey("status");
        grid.addColumn(badge -> getTranslation("badge-class.policy." + badge.policy()))
                .setHeader(getTranslation("badge-class.admin.column.policy")).setFlexGrow(2).setKey("policy");
        grid.addColumn(BadgeClassSummary::jurySize).setHeader(getTranslation("badge-class.admin.column.jury"))
                .setKey("jury");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("badge-class.admin.list.title"));
        grid.setItems(query -> badgeClasses.page(statusFilter.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> badgeClasses.count(statusFilter.getValue()));
        statusFilter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("badge-class.admin.list.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private String statusLabel(BadgeClassStatus status) {
        return getTranslation("badge-class.status." + status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("badge-class.admin.list.title") + " · Accolade";
    }
}
