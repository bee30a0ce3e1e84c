package org.accolade.catalog.ui;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.Role;
import org.accolade.security.CurrentMember;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The organisations of the network (ADR 17): the operator creates them with their first admin and sees them all;
 * an organisation's admins edit its profile and logo. A network has tens of organisations, so the grid holds them.
 */
@Route("admin/organisations")
@RolesAllowed({ "ORGANISATION_ADMIN", "SYSTEM_ADMIN" })
@Menu(title = "menu.admin.organisations", icon = "vaadin:institution", order = 9.5)
class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final IssuerService organisations;
    final Grid<Issuer> grid = new Grid<>();

    OrganisationsView(IssuerService organisations, CurrentMember currentMember) {
        this.organisations = organisations;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("organisations.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(new H2(getTranslation("organisations.title")), intro);
        if (currentMember.hasRole(Role.SYSTEM_ADMIN)) {
            Button create = new Button(getTranslation("organisations.new"), new Icon("vaadin", "plus"),
                    click -> new OrganisationDialog(organisations, null, this::refresh).open());
            create.setId("new-organisation");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Issuer::name).setKey("name").setHeader(getTranslation("organisations.column.name"))
                .setAutoWidth(true);
        grid.addColumn(Issuer::key).setKey("key").setHeader(getTranslation("organisations.column.key"))
                .setAutoWidth(true);
        grid.addColumn(Issuer::url).setKey("website").setHeader(getTranslation("organisations.column.website"))
                .setAutoWidth(true);
        grid.addColumn(Issuer::email).setKey("email").setHeader(getTranslation("organisations.column.email"))
                .setAutoWidth(true);
        grid.addComponentColumn(organisation -> {
            Button edit = new Button(getTranslation("organisations.edit"), new Icon("vaadin", "edit"),
                    click -> new OrganisationDialog(organisations, organisation, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        refresh();
    }

    private void refresh() {
        grid.setItems(organisations.editable());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.page-title");
    }
}
