package org.accolade.community.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accolade.community.InvitationService;
import org.accolade.community.Languages;
import org.accolade.community.Member;
import org.accolade.community.OrganisationSummary;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Address, name and language of the person to invite, and the organisation they join with their role there;
 * the service refuses what it must.
 */
class MemberInviteDialog extends Dialog {

    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final Select<Locale> language = new Select<>();
    final OrganisationFields joins;
    private final MemberProblem problem = new MemberProblem();

    MemberInviteDialog(InvitationService invitations, List<OrganisationSummary> organisations,
            Runnable afterInvite) {
        setHeaderTitle(getTranslation("members.invite.title"));
        email.setLabel(getTranslation("members.invite.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        name.setLabel(getTranslation("members.invite.name"));
        name.setWidthFull();
        language.setLabel(getTranslation("members.invite.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(Languages.supported(getLocale()));
        joins = new OrganisationFields(this, organisations);

        Button send = new Button(getTranslation("members.invite.send"), click -> {
            problem.clear(email);
            try {
                Member invited = invitations.inviteMember(email.getValue(), name.getValue(), language.getValue(),
                        Set.of(Role.MEMBER), joins.membership());
                close();
                Notices.done(getTranslation("members.invite.sent", invited.email()));
                afterInvite.run();
            } catch (DomainException refusal) {
                problem.show(refusal, "email".equals(refusal.field()) ? email : null);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, email, name, language);
        add(joins.fields());
        getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), send);
        setWidth("min(100%, 32em)");
    }
}
