package org.accolade.community.ui;

import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.MemberStatus;
import org.accolade.community.Role;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** The issuer admins' list of members: find a person, invite one by email, change someone's roles. */
@Route("admin/members")
@RolesAllowed("ORGANISATION_ADMIN")
@Menu(title = "menu.admin.members", icon = "vaadin:users", order = 11)
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final InvitationService invitations;
    private final boolean systemAdmin;
    private final TextField filter = new TextField();
    private final Grid<Member> grid = new Grid<>();

    MembersView(MemberService members, InvitationService invitations, AuthenticationContext authentication) {
        this.members = members;
        this.invitations = invitations;
        this.systemAdmin = authentication.hasRole(Role.SYSTEM_ADMIN.name());
        setSizeFull();

        filter.setId("members-filter");
        filter.setPlaceholder(getTranslation("members.filter"));
        filter.setAriaLabel(getTranslation("members.filter"));
        filter.setPrefixComponent(new Icon("vaadin", "search"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(100%, 24em)");
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button invite = new Button(getTranslation("members.invite"), new Icon("vaadin", "envelope-o"),
                click -> new MemberInviteDialog(invitations, systemAdmin, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(filter, invite);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");

        configureGrid();
        add(new H2(getTranslation("members.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Member::displayName).setKey("name").setHeader(getTranslation("members.column.name"))
                .setAutoWidth(true);
        grid.addColumn(Member::email).setKey("email").setHeader(getTranslation("members.column.email"))
                .setAutoWidth(true);
        grid.addColumn(member -> getTranslation("member.status." + member.status())).setKey("status")
                .setHeader(getTranslation("members.column.status")).setAutoWidth(true);
        grid.addColumn(this::roles).setKey("roles").setHeader(getTranslation("members.column.roles"))
                .setAutoWidth(true);
        grid.addColumn(member -> member.language().getDisplayLanguage(getLocale())).setKey("language")
                .setHeader(getTranslation("members.column.language")).setAutoWidth(true);
        grid.addComponentColumn(member -> {
            Button edit = new Button(getTranslation("members.edit-roles"), new Icon("vaadin", "key"),
                    click -> new MemberRolesDialog(members, member, systemAdmin, this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> members.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> members.count(filter.getValue()));
    }

    /** An invited member's roles, and those an admin's invitation will add when it is accepted. */
    private String roles(Member member) {
        String roles = names(member.roles());
        if (member.status() != MemberStatus.INVITED) {
            return roles;
        }
        return invitations.pendingGrant(member.id())
                .map(grant -> getTranslation("members.roles.on-acceptance", roles, names(grant.roles()),
                        grant.invitedBy()))
                .orElse(roles);
    }

    private String names(Set<Role> roles) {
        return roles.stream().sorted().map(role -> getTranslation("role." + role)).collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.page-title");
    }
}
