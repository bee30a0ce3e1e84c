package org.accolade.community.ui;

import java.util.List;

import org.accolade.community.MemberService;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationSummary;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;

/** A person of the network, by address, made part of one of the admin's organisations with a role. */
class MemberAddDialog extends Dialog {

    final EmailField email = new EmailField();
    final OrganisationFields joins;
    private final MemberProblem problem = new MemberProblem();

    MemberAddDialog(MemberService members, List<OrganisationSummary> organisations, Runnable afterAdd) {
        setHeaderTitle(getTranslation("members.add.title"));
        email.setLabel(getTranslation("members.invite.email"));
        email.setHelperText(getTranslation("members.add.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        joins = new OrganisationFields(this, organisations);

        Button save = new Button(getTranslation("members.add.save"), click -> {
            problem.clear(email);
            try {
                OrganisationMember added = members.add(email.getValue(), joins.membership());
                close();
                Notices.done(getTranslation("members.add.done", added.member().displayName(),
                        joins.organisation.getValue().name()));
                afterAdd.run();
            } catch (DomainException refusal) {
                problem.show(refusal, "email".equals(refusal.field()) ? email : null);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, email);
        add(joins.fields());
        getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), save);
        setWidth("min(100%, 32em)");
    }
}
