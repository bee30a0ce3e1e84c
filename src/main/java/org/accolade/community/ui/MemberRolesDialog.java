package org.accolade.community.ui;

import java.util.EnumSet;
import java.util.Set;

import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The roles of one member. The system admin role is only offered to those who hold it (the service agrees). */
class MemberRolesDialog extends Dialog {

    final CheckboxGroup<Role> roles;
    private final MemberProblem problem = new MemberProblem();

    MemberRolesDialog(MemberService members, Member member, boolean systemAdmin, Runnable afterSave) {
        setHeaderTitle(getTranslation("members.roles.title", member.displayName()));
        roles = roleChoice(this, systemAdmin);
        roles.setAriaLabel(getTranslation("members.column.roles"));
        roles.setValue(member.roles());
        Button save = new Button(getTranslation("members.roles.save"), click -> {
            problem.clear(null);
            try {
                Set<Role> chosen = roles.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(roles.getValue());
                Member saved = members.changeRoles(member.id(), chosen);
                close();
                Notices.done(getTranslation("members.roles.saved", saved.displayName()));
                afterSave.run();
            } catch (DomainException refusal) {
                problem.show(refusal, null);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, roles);
        getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), save);
    }

    static CheckboxGroup<Role> roleChoice(Component owner, boolean systemAdmin) {
        CheckboxGroup<Role> choice = new CheckboxGroup<>();
        choice.setItems(Role.values());
        choice.setItemLabelGenerator(role -> owner.getTranslation("role." + role));
        choice.setItemEnabledProvider(role -> systemAdmin || role != Role.SYSTEM_ADMIN);
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return choice;
    }
}
