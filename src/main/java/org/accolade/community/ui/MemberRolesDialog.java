package org.accolade.community.ui;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationRole;
import org.accolade.community.OrganisationSummary;
import org.accolade.community.Role;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

/**
 * A person's roles in one of the admin's organisations, granted and withdrawn one by one; none left ends their
 * membership there. The system admin also gives or withdraws the platform roles (the service agrees).
 */
class MemberRolesDialog extends Dialog {

    final Select<OrganisationSummary> organisation = new Select<>();
    final CheckboxGroup<OrganisationRole> roles = new CheckboxGroup<>();
    final CheckboxGroup<Role> platformRoles = new CheckboxGroup<>();
    private final MemberProblem problem = new MemberProblem();
    private final MemberService members;
    private final Member member;
    private Set<Membership> held;

    MemberRolesDialog(MemberService members, OrganisationMember entry, List<OrganisationSummary> organisations,
            boolean systemAdmin, Runnable afterSave) {
        this.members = members;
        this.member = entry.member();
        this.held = entry.memberships();
        setHeaderTitle(getTranslation("members.roles.title", member.displayName()));
        organisation.setLabel(getTranslation("members.field.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setWidthFull();
        organisation.addValueChangeListener(change -> roles.setValue(rolesIn(change.getValue())));
        roles.setLabel(getTranslation("members.column.roles"));
        roles.setItems(OrganisationRole.values());
        roles.setItemLabelGenerator(role -> getTranslation("organisation-role." + role));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        organisations.stream().filter(choice -> !rolesIn(choice).isEmpty()).findFirst()
                .or(() -> organisations.stream().findFirst()).ifPresent(organisation::setValue);
        platformRoles.setLabel(getTranslation("members.platform-roles"));
        platformRoles.setItems(Role.MEMBER, Role.SYSTEM_ADMIN);
        platformRoles.setItemLabelGenerator(role -> getTranslation("role." + role));
        platformRoles.setValue(granted(member));
        platformRoles.setVisible(systemAdmin);

        Button save = new Button(getTranslation("members.roles.save"), click -> {
            problem.clear(null);
            try {
                save(systemAdmin);
                close();
                Notices.done(getTranslation("members.roles.saved", member.displayName()));
                afterSave.run();
            } catch (DomainException refusal) {
                problem.show(refusal, null);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(problem, organisation, roles, platformRoles);
        getFooter().add(new Button(getTranslation("members.cancel"), click -> close()), save);
    }

    /** Withdrawals first, so that a refused one (one's own admin role) leaves nothing half granted. */
    private void save(boolean systemAdmin) {
        if (organisation.getValue() != null) {
            OrganisationId chosen = organisation.getValue().id();
            Set<OrganisationRole> before = rolesIn(organisation.getValue());
            Set<OrganisationRole> after = roles.getValue();
            before.stream().filter(role -> !after.contains(role))
                    .forEach(role -> held = members.withdraw(member.id(), new Membership(chosen, role)));
            after.stream().filter(role -> !before.contains(role))
                    .forEach(role -> held = members.grant(member.id(), new Membership(chosen, role)));
        }
        Set<Role> platform = platformRoles.getValue();
        if (systemAdmin && !platform.equals(granted(member))) {
            members.changeRoles(member.id(), platform.isEmpty() ? Set.of() : EnumSet.copyOf(platform));
        }
    }

    private static Set<Role> granted(Member member) {
        return Set.copyOf(member.roles().stream().filter(Role::isGranted).toList());
    }

    private Set<OrganisationRole> rolesIn(OrganisationSummary chosen) {
        Set<OrganisationRole> in = new HashSet<>();
        if (chosen != null) {
            held.stream().filter(membership -> membership.organisation().equals(chosen.id()))
                    .forEach(membership -> in.add(membership.role()));
        }
        return in;
    }
}
