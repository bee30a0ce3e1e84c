package org.accolade.community.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.community.InvitationService;
import org.accolade.community.MemberService;
import org.accolade.community.MemberStatus;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationSummary;
import org.accolade.community.Role;
import org.accolade.shared.OrganisationId;

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

/**
 * The people of the organisations the admin runs (ADR 17): find a person, invite one by email into one of them, add
 * a member of the network, change someone's roles there. The system admin sees everyone, in every organisation.
 */
@Route("admin/members")
@RolesAllowed({ "ORGANISATION_ADMIN", "SYSTEM_ADMIN" })
@Menu(title = "menu.admin.members", icon = "vaadin:users", order = 11)
class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final InvitationService invitations;
    private final boolean systemAdmin;
    private final List<OrganisationSummary> organisations;
    private final Map<OrganisationId, String> names;
    private final TextField filter = new TextField();
    private final Grid<OrganisationMember> grid = new Grid<>();

    MembersView(MemberService members, InvitationService invitations, AuthenticationContext authentication) {
        this.members = members;
        this.invitations = invitations;
        this.systemAdmin = authentication.hasRole(Role.SYSTEM_ADMIN.name());
        this.organisations = members.managedOrganisations();
        this.names = organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
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
                click -> new MemberInviteDialog(invitations, organisations, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("members.add"), new Icon("vaadin", "user-check"),
                click -> new MemberAddDialog(members, organisations, this::refresh).open());

        HorizontalLayout toolbar = new HorizontalLayout(filter, invite, add);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");

        configureGrid();
        add(new H2(getTranslation("members.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        column(entry -> entry.member().displayName(), "name");
        column(entry -> entry.member().email(), "email");
        column(entry -> getTranslation("member.status." + entry.member().status()), "status");
        column(this::memberships, "memberships");
        column(entry -> platformRoles(entry.member().roles()), "roles");
        column(entry -> entry.member().language().getDisplayLanguage(getLocale()), "language");
        grid.addComponentColumn(entry -> {
            Button edit = new Button(getTranslation("members.edit-roles"), new Icon("vaadin", "key"),
                    click -> new MemberRolesDialog(members, entry, organisations, systemAdmin, this::refresh)
                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return edit;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> members.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> members.count(filter.getValue()));
    }

    private void column(Function<OrganisationMember, String> text, String key) {
        grid.addColumn(text::apply).setKey(key).setHeader(getTranslation("members.column." + key))
                .setAutoWidth(true);
    }

    /** The person's roles in each organisation shown, and those an invitation will add once it is accepted. */
    private String memberships(OrganisationMember entry) {
        String held = entry.memberships().stream()
                .collect(Collectors.groupingBy(Membership::organisation)).entrySet().stream()
                .map(organisation -> membership(organisation.getKey(), organisation.getValue()))
                .sorted().collect(Collectors.joining("; "));
        if (entry.member().status() != MemberStatus.INVITED) {
            return held;
        }
        return invitations.pendingGrant(entry.member().id()).filter(grant -> grant.membership() != null)
                .map(grant -> pending(held, membership(grant.membership().organisation(),
                        List.of(grant.membership())), grant.invitedBy()))
                .orElse(held);
    }

    private String pending(String held, String granted, String invitedBy) {
        return held.isEmpty() ? getTranslation("members.memberships.invited", granted, invitedBy)
                : getTranslation("members.memberships.on-acceptance", held, granted, invitedBy);
    }

    private String membership(OrganisationId organisation, List<Membership> held) {
        return getTranslation("members.membership", names.getOrDefault(organisation, organisation.toString()),
                held.stream().map(Membership::role).sorted()
                        .map(role -> getTranslation("organisation-role." + role))
                        .collect(Collectors.joining(", ")));
    }

    /** The roles in the whole network: member, and system admin for those who run the platform. */
    private String platformRoles(Set<Role> roles) {
        return roles.stream().filter(Role::isGranted).sorted().map(role -> getTranslation("role." + role))
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.page-title");
    }
}
