package org.accolade.community.ui;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.accolade.community.InvitationService;
import org.accolade.community.Languages;
import org.accolade.community.Member;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** Address, name, language and roles of the person to invite; the service refuses what it must. */
class MemberInviteDialog extends Dialog {

    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final Select<Locale> language = new Select<>();
    final CheckboxGroup<Role> roles;
    private final MemberProblem problem = new MemberProblem();

    MemberInviteDialog(InvitationService invitations, boolean systemAdmin, Runnable afterInvite) {
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
        roles = MemberRolesDialog.roleChoice(this, systemAdmin);
        roles.setLabel(getTranslation("members.invite.roles"));
        roles.setValue(Set.of(Role.MEMBER));

        Button send = new Button(getTranslation("members.invite.send"), click -> {
            problem.clear(email);
            try {
                Member invited = invitations.inviteMember(email.getValue(), name.getValue(), language.getValue(),
                        roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue()), null);
                close();
                Notices.done(getTranslation("members.invite.sent", invited.email()));
                afterInvite.run();
            } catch (DomainException refusal) {
                problem.show(refusal, "email".equals(refusal.field()) ? email : null);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, email, name, language, roles);
        getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), send);
        setWidth("min(100%, 32em)");
    }
}
