package org.accolade.community.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.community.InvitationDetails;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberStatus;
import org.accolade.community.Membership;
import org.accolade.community.OrganisationMember;
import org.accolade.community.OrganisationRole;
import org.accolade.community.Role;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

class MembersViewTest extends KaribuTest {

    private static final Pattern INVITATION_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]+)");

    @Autowired
    InvitationService invitations;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDelivery delivery;

    private static final String COLLEGE = "Collège démo des Trois-Clochers";

    @Test
    void aCollegeAdminSeesTheCollegesPeopleWithTheirRolesThereAndNotTheUniversitysOnly() {
        Member iris = collegeAdmin("Iris");
        signIn(iris.email());
        UI.getCurrent().navigate("admin/members");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Members");
        search("Alice Martin");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Alice Martin", "alice@example.org", "Active",
                COLLEGE + ": Member", "Member", "French");
        search("bob@example.org");
        assertThat(_getFormattedRow(grid(), 0)).as("his université membership is not the college's business")
                .contains(COLLEGE + ": Member").noneMatch(cell -> cell.contains("Université"));
        search("victor@example.org");
        assertThat(_size(grid())).isZero();
    }

    @Test
    void theSystemAdminSeesEveryonesMemberships() {
        signIn("admin");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/members");

        assertThat(_get(H2.class).getText()).isEqualTo("Membres");
        search("victor@example.org");
        assertThat(_getFormattedRow(grid(), 0)).contains("Université démo : Juré, Membre", "Membre");
        assertThat(_get(Button.class, spec -> spec.withText("Inviter par e-mail"))).isNotNull();
    }

    @Test
    void anAdminInvitesAFreshAddressIntoTheCollegeAsJurorWithAWorkingLink() {
        String address = freshAddress("nina");
        signIn(collegeAdmin("Iris").email());
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Invite by email")));
        MemberInviteDialog dialog = _get(MemberInviteDialog.class);
        assertThat(dialog.joins.organisation.getValue().name()).isEqualTo(COLLEGE);
        assertThat(dialog.joins.organisation.getListDataView().getItems()).hasSize(1);
        _setValue(dialog.email, address);
        _setValue(dialog.name, "Nina Nouvelle");
        _setValue(dialog.language, Locale.FRENCH);
        _setValue(dialog.joins.role, OrganisationRole.JUROR);
        _click(_get(Button.class, spec -> spec.withText("Send the invitation")));

        NotificationsKt.expectNotifications("Invitation sent to " + address + ".");
        Member nina = members.findByEmail(address).orElseThrow();
        assertThat(nina.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(members.memberships(nina.id())).as("given when the invitation is accepted").isEmpty();

        OutboxMessage mail = sentMail.to(address).get(0);
        assertThat(mail.template()).isEqualTo("MEMBER_INVITATION");
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(String.join(" ", mail.links())).as("the token is masked").doesNotContainPattern(INVITATION_LINK);
        Matcher link = INVITATION_LINK.matcher(delivery.prepare(mail.id()).orElseThrow());
        assertThat(link.find()).isTrue();
        InvitationDetails invitation = invitations.describe(link.group(1));
        assertThat(invitation.invitedBy()).isEqualTo("Iris");
        assertThat(invitation.membership()).isEqualTo(Membership.juror(people.college()));

        search(address);
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Nina Nouvelle", address, "Invited",
                COLLEGE + ": Juror once the invitation from Iris is accepted");
    }

    @Test
    void anAdminAddsAMemberOfTheNetworkToTheCollegeWithARole() {
        Member uma = people.freshIn("Uma", Membership.member(people.university()));
        signIn(collegeAdmin("Iris").email());
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        MemberAddDialog dialog = _get(MemberAddDialog.class);
        _setValue(dialog.email, uma.email());
        _setValue(dialog.joins.role, OrganisationRole.JUROR);
        _click(_get(Button.class, spec -> spec.withText("Add")));

        NotificationsKt.expectNotifications("Uma now belongs to " + COLLEGE + ".");
        assertThat(members.memberships(uma.id())).contains(Membership.juror(people.college()),
                Membership.member(people.university()));
        search(uma.email());
        assertThat(_getFormattedRow(grid(), 0)).contains(COLLEGE + ": Juror");
    }

    @Test
    void addingAnAddressNobodyHasIsRefusedOnTheField() {
        signIn(collegeAdmin("Iris").email());
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Add a member")));
        _setValue(_get(MemberAddDialog.class).email, freshAddress("nobody"));
        _click(_get(Button.class, spec -> spec.withText("Add")));

        assertThat(_get(EmailField.class).getErrorMessage()).startsWith("Nobody in the network has the address");
    }

    @Test
    void invitingAnAddressThatAlreadyHasAnAccountIsRefusedWithAClearMessage() {
        int alicesMails = sentMail.to("alice@example.org").size();
        signIn("admin");
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Invite by email")));
        MemberInviteDialog dialog = _get(MemberInviteDialog.class);
        _setValue(dialog.email, "Alice@Example.org");
        _click(_get(Button.class, spec -> spec.withText("Send the invitation")));

        String refusal = "An account already exists for alice@example.org: this person can already sign in.";
        assertThat(_get(MemberProblem.class).getText()).isEqualTo(refusal);
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo(refusal);
        assertThat(sentMail.to("alice@example.org")).hasSize(alicesMails);
    }

    @Test
    void anInvalidAddressIsRefusedOnTheField() {
        signIn("admin");
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Invite by email")));
        _setValue(_get(MemberInviteDialog.class).email, "not an address");
        _click(_get(Button.class, spec -> spec.withText("Send the invitation")));

        assertThat(_get(EmailField.class).getErrorMessage()).isEqualTo("Enter a valid email address.");
        assertThat(_find(MemberInviteDialog.class)).hasSize(1);
    }

    @Test
    void anAdminChangesAPersonsRolesInTheirOrganisation() {
        Member bea = people.fresh("Bea");
        signIn(collegeAdmin("Iris").email());
        UI.getCurrent().navigate("admin/members");
        search(bea.email());

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        MemberRolesDialog dialog = _get(MemberRolesDialog.class);
        assertThat(dialog.organisation.getValue().name()).isEqualTo(COLLEGE);
        assertThat(dialog.roles.getValue()).containsExactly(OrganisationRole.MEMBER);
        assertThat(dialog.platformRoles.isVisible()).as("the system admin's alone").isFalse();
        _setValue(dialog.roles, Set.of(OrganisationRole.ADMIN, OrganisationRole.JUROR));
        _click(_get(Button.class, spec -> spec.withText("Save the roles")));

        NotificationsKt.expectNotifications("The roles of Bea are saved.");
        assertThat(members.memberships(bea.id())).containsExactlyInAnyOrder(Membership.admin(people.college()),
                Membership.juror(people.college()));
        assertThat(_getFormattedRow(grid(), 0)).contains(COLLEGE + ": Admin, Juror");
    }

    @Test
    void anAdminCannotEndTheirOwnAdminMembership() {
        Member carl = collegeAdmin("Carl");
        signIn(carl.email());
        UI.getCurrent().navigate("admin/members");
        search(carl.email());

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        _setValue(_get(MemberRolesDialog.class).roles, Set.of(OrganisationRole.MEMBER));
        _click(_get(Button.class, spec -> spec.withText("Save the roles")));

        assertThat(_get(MemberProblem.class).getText())
                .isEqualTo("You cannot withdraw your own administrator role: ask another administrator to do it.");
        assertThat(members.memberships(carl.id())).contains(Membership.admin(people.college()));
    }

    @Test
    void onlyTheSystemAdminGrantsTheSystemAdminRole() {
        Member dora = collegeAdmin("Dora");
        Member eve = people.fresh("Eve");
        assertThatThrownBy(() -> people.as(dora.email(),
                () -> members.changeRoles(eve.id(), Set.of(Role.MEMBER, Role.SYSTEM_ADMIN))))
                .isInstanceOf(AccessDeniedException.class);

        signIn("admin");
        UI.getCurrent().navigate("admin/members");
        search(eve.email());
        _click((Button) _getCellComponent(grid(), 0, "actions"));
        MemberRolesDialog dialog = _get(MemberRolesDialog.class);
        assertThat(dialog.platformRoles.isVisible()).isTrue();
        _setValue(dialog.platformRoles, Set.of(Role.MEMBER, Role.SYSTEM_ADMIN));
        _click(_get(Button.class, spec -> spec.withText("Save the roles")));

        assertThat(members.get(eve.id()).roles()).contains(Role.SYSTEM_ADMIN);
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn("alice");
        UI.getCurrent().navigate("admin/members");

        assertThat(_find(MembersView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Members");
        assertThatThrownBy(() -> members.search("", 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Grid<OrganisationMember> grid() {
        @SuppressWarnings("unchecked")
        Grid<OrganisationMember> grid = _get(Grid.class);
        return grid;
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("members-filter")), text);
    }

    /** An admin of the collège only, unlike the demo admin, who also runs the platform. */
    private Member collegeAdmin(String name) {
        return people.account(freshAddress(name), name, Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    private static String freshAddress(String name) {
        return name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
