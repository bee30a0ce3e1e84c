package org.accolade.community.ui;

import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The issuer admins' directory of partner organisations: who they are, where endorsement requests go, logos. */
@Route("admin/partners")
@RolesAllowed("ORGANISATION_ADMIN")
@Menu(title = "menu.admin.partners", icon = "vaadin:handshake", order = 11.5)
class PartnersView extends VerticalLayout implements HasDynamicTitle {

    private final PartnerService partners;
    final Grid<PartnerOrganisation> grid = new Grid<>();

    PartnersView(PartnerService partners) {
        this.partners = partners;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("partners.intro"));
        intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Button create = new Button(getTranslation("partners.new"), new Icon("vaadin", "plus"),
                click -> new PartnerEditorDialog(partners, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(new H2(getTranslation("partners.title")), intro, create, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::logo).setKey("logo").setHeader(getTranslation("partners.column.logo"))
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(PartnerOrganisation::name).setKey("name").setHeader(getTranslation("partners.column.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(PartnersView::website).setKey("website")
                .setHeader(getTranslation("partners.column.website")).setAutoWidth(true);
        grid.addColumn(PartnerOrganisation::email).setKey("email")
                .setHeader(getTranslation("partners.column.email")).setAutoWidth(true);
        grid.addComponentColumn(partner -> {
            Button edit = new Button(getTranslation("partners.edit"), new Icon("vaadin", "edit"),
                    click -> new PartnerEditorDialog(partners, partner, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> partners.page(query.getOffset(), query.getLimit()).stream(),
                query -> partners.count());
    }

    private Component logo(PartnerOrganisation partner) {
        if (!partner.hasLogo()) {
            return new Span();
        }
        Image logo = new Image(PartnerEditorDialog.logoSource(partner),
                getTranslation("partners.logo.alt", partner.name()));
        logo.setHeight("32px");
        logo.getStyle().set("max-width", "5em").set("object-fit", "contain");
        return logo;
    }

    private static Component website(PartnerOrganisation partner) {
        if (partner.website() == null) {
            return new Span();
        }
        Anchor link = new Anchor(partner.website(), partner.website(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.page-title");
    }
}
