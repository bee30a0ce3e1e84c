package org.accolade.endorsement.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.ui.Notices;
import org.accolade.ui.Refusals;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Asks a partner to endorse a published badge class or the issuer; the process then emails the partner a link. The
 * service decides what it accepts; its refusal shows above the fields.
 */
class AskPartnerDialog extends Dialog {

    /** Something a partner can be asked to endorse, with the words the admin picks it by. */
    record Choice(String label, EndorsedSubject subject) {
    }

    final ComboBox<PartnerOrganisation> partner = new ComboBox<>();
    final ComboBox<Choice> subject = new ComboBox<>();
    final Button send = new Button();
    private final Paragraph problem = new Paragraph();

    AskPartnerDialog(EndorsementService endorsements, PartnerService partners, BadgeClassService badgeClasses,
            Runnable afterAsk) {
        setHeaderTitle(getTranslation("endorsement-requests.ask.title"));
        partner.setLabel(getTranslation("endorsement-requests.ask.partner"));
        partner.setItems(partners.all());
        partner.setItemLabelGenerator(PartnerOrganisation::name);
        partner.setRequiredIndicatorVisible(true);
        partner.setWidthFull();
        subject.setLabel(getTranslation("endorsement-requests.ask.subject"));
        subject.setItems(choices(endorsements.askingOrganisations(), badgeClasses.published()));
        subject.setItemLabelGenerator(Choice::label);
        subject.setRequiredIndicatorVisible(true);
        subject.setWidthFull();
        problem.setVisible(false);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");

        send.setText(getTranslation("endorsement-requests.ask.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> ask(endorsements, afterAsk));
        VerticalLayout fields = new VerticalLayout(problem, partner, subject);
        fields.setPadding(false);
        add(fields);
        getFooter().add(new Button(getTranslation("endorsement-requests.ask.close"), click -> close()), send);
        setWidth("min(100%, 32em)");
    }

    /** The admin's organisations first, then each of their published badge classes: what they may ask about. */
    private List<Choice> choices(Map<OrganisationId, String> asking, List<BadgeClass> published) {
        Stream<Choice> issuers = asking.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(organisation -> new Choice(getTranslation("endorsement-requests.ask.issuer",
                        organisation.getValue()), EndorsedSubject.issuer(organisation.getKey())));
        Stream<Choice> badges = published.stream().filter(badge -> asking.containsKey(badge.issuerId()))
                .map(badge -> new Choice(getTranslation("endorsement-requests.ask.badge", badge.name()),
                        EndorsedSubject.badgeClass(badge.id())));
        return Stream.concat(issuers, badges).toList();
    }

    private void ask(EndorsementService endorsements, Runnable afterAsk) {
        partner.setInvalid(partner.isEmpty());
        subject.setInvalid(subject.isEmpty());
        if (partner.isEmpty() || subject.isEmpty()) {
            showProblem(getTranslation("endorsement-requests.ask.missing"));
            return;
        }
        try {
            endorsements.request(partner.getValue().id(), subject.getValue().subject());
        } catch (DomainException refused) {
            showProblem(Refusals.text(this, refused));
            return;
        }
        close();
        Notices.done(getTranslation("endorsement-requests.asked", partner.getValue().name()));
        afterAsk.run();
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }
}
