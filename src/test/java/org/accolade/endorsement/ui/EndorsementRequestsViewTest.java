package org.accolade.endorsement.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementRequestSummary;
import org.accolade.endorsement.EndorsementService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.internal.SentMail;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The issuer admins' endorsement requests under Karibu, with the partners' mail read from the outbox. */
class EndorsementRequestsViewTest extends KaribuTest {

    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private SentMail outbox;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private BadgeClassService badgeClasses;

    private PartnerRequests partners;
    private BadgeClass citoyen;

    @BeforeEach
    void setUpPartners() {
        partners = new PartnerRequests(partnerService, outbox, delivery, endorsements, people);
        citoyen = badgeClasses.findByKey("citoyen").orElseThrow();
    }

    @Test
    void anAdminAsksAPartnerThroughTheDialogSendsTheLinkAgainThenCancelsTheRequest() {
        PartnerOrganisation partner = partners.freshPartner("Musée");
        signIn("admin");
        UI.getCurrent().navigate("admin/endorsement-requests");

        _click(_get(Button.class, spec -> spec.withText("Ask a partner")));
        AskPartnerDialog dialog = _get(AskPartnerDialog.class);
        _setValue(dialog.partner, partner);
        _setValue(dialog.subject, dialog.subject.getListDataView().getItems()
                .filter(choice -> choice.subject().equals(EndorsedSubject.badgeClass(citoyen.id())))
                .findFirst().orElseThrow());
        _click(dialog.send);

        assertThat(_find(AskPartnerDialog.class)).as("the dialog closes once the partner is asked").isEmpty();
        assertThat(requestMails(partner)).isEqualTo(1);
        assertThat(row(partner)).contains(citoyen.name(), "Waiting for an answer");

        _click(buttonOf(partner, "Send again"));
        assertThat(partners.mailsTo(partner)).as("the new link's mail").hasSize(2);
        assertThat(row(partner)).contains("Waiting for an answer");

        _click(buttonOf(partner, "Cancel"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(row(partner)).contains("Cancelled").doesNotContain("Waiting for an answer");
        assertThat(_find(_getCellComponent(grid(), rowOf(partner), "actions"), Button.class))
                .as("a cancelled request offers no action").isEmpty();
    }

    @Test
    void ursulaSeesAndAsksForHerUniversityAlone() {
        PartnerOrganisation askedByCollege = partners.ask("Musée", EndorsedSubject.badgeClass(citoyen.id())).partner();
        BadgeClass engagement = badgeClasses.findByKey("engagement-etudiant").orElseThrow();
        PartnerOrganisation askedByUrsula = partners.ask("Archives", EndorsedSubject.badgeClass(engagement.id()),
                "ursula").partner();
        signIn("ursula");
        UI.getCurrent().navigate("admin/endorsement-requests");

        assertThat(row(askedByUrsula)).startsWith("[Université démo, " + askedByUrsula.name());
        assertThat(IntStream.range(0, _size(grid())).mapToObj(row -> _getFormattedRow(grid(), row).get(0)))
                .containsOnly("Université démo");
        assertThat(IntStream.range(0, _size(grid())).mapToObj(row -> _getFormattedRow(grid(), row).get(1)))
                .doesNotContain(askedByCollege.name());
        _click(_get(Button.class, spec -> spec.withText("Ask a partner")));
        AskPartnerDialog dialog = _get(AskPartnerDialog.class);
        assertThat(dialog.subject.getListDataView().getItems()).extracting(AskPartnerDialog.Choice::subject)
                .contains(EndorsedSubject.issuer(engagement.issuerId()), EndorsedSubject.badgeClass(engagement.id()))
                .doesNotContain(EndorsedSubject.badgeClass(citoyen.id()), EndorsedSubject.issuer(citoyen.issuerId()));
        assertThat(dialog.subject.getListDataView().getItems()).extracting(AskPartnerDialog.Choice::label)
                .startsWith("The organisation itself: Université démo");
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn("alice");
        UI.getCurrent().navigate("admin/endorsement-requests");

        assertThat(_find(EndorsementRequestsView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Endorsement requests");
    }

    private long requestMails(PartnerOrganisation partner) {
        return partners.mailsTo(partner).stream()
                .filter(mail -> mail.template().equals(MailTemplate.ENDORSEMENT_REQUESTED.name())).count();
    }

    private Grid<EndorsementRequestSummary> grid() {
        return _get(EndorsementRequestsView.class).grid;
    }

    private String row(PartnerOrganisation partner) {
        return _getFormattedRow(grid(), rowOf(partner)).toString();
    }

    private Button buttonOf(PartnerOrganisation partner, String text) {
        Component actions = _getCellComponent(grid(), rowOf(partner), "actions");
        return _get(actions, Button.class, spec -> spec.withText(text));
    }

    /** The grid's row for this partner's request, read page by page as a person scrolling would. */
    private int rowOf(PartnerOrganisation partner) {
        Grid<EndorsementRequestSummary> grid = grid();
        return IntStream.range(0, _size(grid)).filter(row -> _getFormattedRow(grid, row).contains(partner.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + partner.name()));
    }
}
