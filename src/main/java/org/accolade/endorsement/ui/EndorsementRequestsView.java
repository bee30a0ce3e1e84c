package org.accolade.endorsement.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import org.accolade.catalog.BadgeClassService;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementRequestSummary;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.EndorsementStatus;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;
import org.accolade.ui.PersonalTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The issuer admins' endorsement requests, newest first, loaded a page at a time and filtered by status: a waiting
 * request can be sent again (a new link) or cancelled, and a partner can be asked for a new endorsement.
 */
@Route("admin/endorsement-requests")
@RolesAllowed("ORGANISATION_ADMIN")
@Menu(title = "menu.admin.endorsement-requests", icon = "vaadin:thumbs-up", order = 11.6)
class EndorsementRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final EndorsementService endorsements;
    private final PersonalTime time;
    final Select<EndorsementStatus> status = new Select<>();
    final Grid<EndorsementRequestSummary> grid = new Grid<>();

    EndorsementRequestsView(EndorsementService endorsements, PartnerService partners, BadgeClassService badgeClasses,
            Clock clock) {
        this.endorsements = endorsements;
        this.time = new PersonalTime(clock);
        setSizeFull();
        Button ask = new Button(getTranslation("endorsement-requests.ask"), new Icon("vaadin", "plus"),
                click -> new AskPartnerDialog(endorsements, partners, badgeClasses, this::refresh).open());
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureFilter();
        configureGrid();
        HorizontalLayout tools = new HorizontalLayout(status, ask);
        tools.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("endorsement-requests.title")), tools, grid);
        setFlexGrow(1, grid);
    }

    private void configureFilter() {
        status.setLabel(getTranslation("endorsement-requests.filter"));
        status.setItems(EndorsementStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("endorsement-requests.filter.all"));
        status.setItemLabelGenerator(this::words);
        status.addValueChangeListener(change -> refresh());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(EndorsementRequestSummary::organisationName).setKey("organisation")
                .setHeader(getTranslation("endorsement-requests.column.organisation")).setAutoWidth(true);
        grid.addColumn(EndorsementRequestSummary::partnerName).setKey("partner")
                .setHeader(getTranslation("endorsement-requests.column.partner")).setAutoWidth(true);
        grid.addColumn(EndorsementRequestSummary::subjectName).setKey("subject")
                .setHeader(getTranslation("endorsement-requests.column.subject")).setAutoWidth(true);
        grid.addColumn(request -> words(request.status())).setKey("status")
                .setHeader(getTranslation("endorsement-requests.column.status")).setAutoWidth(true);
        addDateColumn("created", EndorsementRequestSummary::createdAt);
        addDateColumn("expires", EndorsementRequestSummary::expiresAt);
        addDateColumn("decided", EndorsementRequestSummary::decidedAt);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("endorsement-requests.column.actions")).setAutoWidth(true).setFlexGrow(0);
        // The filter is read at each fetch, so that changing it only needs a refresh.
        grid.setItems(DataProvider.fromCallbacks(
                query -> endorsements.page(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(endorsements.count(status.getValue()))));
    }

    private void addDateColumn(String key, Function<EndorsementRequestSummary, Instant> at) {
        grid.addColumn(request -> time.dateTime(at.apply(request))).setKey(key)
                .setHeader(getTranslation("endorsement-requests.column." + key)).setAutoWidth(true);
    }

    private Component actions(EndorsementRequestSummary request) {
        if (request.status() != EndorsementStatus.PENDING) {
            return new Span();
        }
        Button resend = new Button(getTranslation("endorsement-requests.resend"),
                click -> act(endorsements::resend, request, "endorsement-requests.resent"));
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("endorsement-requests.cancel"), click -> confirmCancel(request));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(resend, cancel);
    }

    private void confirmCancel(EndorsementRequestSummary request) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("endorsement-requests.cancel.header"));
        dialog.setText(getTranslation("endorsement-requests.cancel.text", request.partnerName(),
                request.subjectName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("endorsement-requests.cancel.keep"));
        dialog.setConfirmText(getTranslation("endorsement-requests.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> act(endorsements::cancel, request, "endorsement-requests.cancelled"));
        dialog.open();
    }

    /** Runs an action on a request; a refusal (say the partner answered meanwhile) is shown, and the list reread. */
    private void act(Consumer<EndorsementRequestId> action, EndorsementRequestSummary request, String doneKey) {
        try {
            action.accept(request.id());
            Notices.done(getTranslation(doneKey, request.partnerName()));
        } catch (DomainException refused) {
            Notices.refused(this, refused);
        }
        refresh();
    }

    private String words(EndorsementStatus value) {
        return getTranslation("endorsement-requests.status." + value);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("endorsement-requests.page-title");
    }
}
