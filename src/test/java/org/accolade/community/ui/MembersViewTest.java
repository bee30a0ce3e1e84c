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
import org.accolade.community.Role;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.shared.DomainException;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

class MembersViewTest extends KaribuTest {

    /**
     * KaribuTest's route scan finds public views only (Karibu's class scan skips package-private classes), so
     * this screen is registered here until the scan includes it.
     */

    private static final Pattern INVITATION_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]+)");

    @Autowired
    InvitationService invitations;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDelivery delivery;

    @Test
    void anIssuerAdminSeesTheMembersAndFindsOneByName() {
        signIn("admin");
        UI.getCurrent().navigate("admin/members");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Members");
        assertThat(_size(grid())).isGreaterThanOrEqualTo(6);
        search("Alice Martin");
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Alice Martin", "alice@example.org", "Active", "Member",
                "French");
    }

    @Test
    void theMembersPageSpeaksFrench() {
        signIn("admin");
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("admin/members");

        assertThat(_get(H2.class).getText()).isEqualTo("Membres");
        search("admin@example.org");
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Admin Démo", "admin@example.org", "Actif",
                "Membre, Administrateur émetteur, Administrateur système (Cockpit)", "français");
        assertThat(_get(Button.class, spec -> spec.withText("Inviter par e-mail"))).isNotNull();
    }

    @Test
    void anAdminInvitesAFreshAddressWhoBecomesAnInvitedMemberWithAWorkingLink() {
        String address = freshAddress("nina");
        signIn("admin");
        UI.getCurrent().navigate("admin/members");

        _click(_get(Button.class, spec -> spec.withText("Invite by email")));
        MemberInviteDialog dialog = _get(MemberInviteDialog.class);
        _setValue(dialog.email, address);
        _setValue(dialog.name, "Nina Nouvelle");
        _setValue(dialog.language, Locale.FRENCH);
        _setValue(dialog.roles, Set.of(Role.MEMBER, Role.ORGANISATION_ADMIN));
        _click(_get(Button.class, spec -> spec.withText("Send the invitation")));

        NotificationsKt.expectNotifications("Invitation sent to " + address + ".");
        assertThat(_find(MemberInviteDialog.class)).isEmpty();
        Member nina = members.findByEmail(address).orElseThrow();
        assertThat(nina.status()).isEqualTo(MemberStatus.INVITED);
        assertThat(nina.roles()).as("granted with the invitation, given when it is accepted")
                .containsExactly(Role.MEMBER);
        assertThat(nina.language()).isEqualTo(Locale.FRENCH);

        OutboxMessage mail = sentMail.to(address).get(0);
        assertThat(mail.template()).isEqualTo("MEMBER_INVITATION");
        assertThat(mail.language()).isEqualTo("fr");
        assertThat(mail.subject()).isEqualTo("Admin Démo vous invite à rejoindre Accolade");
        assertThat(mail.body()).startsWith("Bonjour Nina Nouvelle,");
        assertThat(String.join(" ", mail.links())).as("the token is masked").doesNotContainPattern(INVITATION_LINK);
        Matcher link = INVITATION_LINK.matcher(delivery.prepare(mail.id()).orElseThrow());
        assertThat(link.find()).isTrue();
        InvitationDetails invitation = invitations.describe(link.group(1));
        assertThat(invitation.email()).isEqualTo(address);
        assertThat(invitation.invitedBy()).isEqualTo("Admin Démo");
        assertThat(invitation.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ORGANISATION_ADMIN);

        search(address);
        assertThat(_getFormattedRow(grid(), 0)).startsWith("Nina Nouvelle", address, "Invited",
                "Member; Member, Issuer admin once the invitation from Admin Démo is accepted");
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
    void anAdminChangesAMembersRoles() {
        Member bea = people.fresh("Bea");
        signIn("admin");
        UI.getCurrent().navigate("admin/members");
        search(bea.email());

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        MemberRolesDialog dialog = _get(MemberRolesDialog.class);
        assertThat(dialog.roles.getValue()).containsExactly(Role.MEMBER);
        _setValue(dialog.roles, Set.of(Role.MEMBER, Role.ORGANISATION_ADMIN));
        _click(_get(Button.class, spec -> spec.withText("Save the roles")));

        NotificationsKt.expectNotifications("The roles of Bea are saved.");
        assertThat(members.get(bea.id()).roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ORGANISATION_ADMIN);
        assertThat(_getFormattedRow(grid(), 0)).contains("Member, Issuer admin");
    }

    @Test
    void anAdminCannotWithdrawTheirOwnIssuerAdminRole() {
        Member carl = issuerAdmin("Carl");
        signIn(carl.email());
        UI.getCurrent().navigate("admin/members");
        search(carl.email());

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        _setValue(_get(MemberRolesDialog.class).roles, Set.of(Role.MEMBER));
        _click(_get(Button.class, spec -> spec.withText("Save the roles")));

        assertThat(_get(MemberProblem.class).getText())
                .isEqualTo("You cannot withdraw your own issuer admin role: ask another issuer admin to do it.");
        assertThat(members.get(carl.id()).roles()).contains(Role.ORGANISATION_ADMIN);
    }

    @Test
    void onlyASystemAdminMayGrantTheSystemAdminRole() {
        Member dora = issuerAdmin("Dora");
        Member eve = people.fresh("Eve");
        signIn(dora.email());
        UI.getCurrent().navigate("admin/members");
        search(eve.email());

        _click((Button) _getCellComponent(grid(), 0, "actions"));
        assertThat(_get(MemberRolesDialog.class).roles.getItemEnabledProvider().test(Role.SYSTEM_ADMIN)).isFalse();
        assertThatThrownBy(() -> members.changeRoles(eve.id(), Set.of(Role.MEMBER, Role.SYSTEM_ADMIN)))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("member.roles.system-admin-only"));
        assertThat(members.get(eve.id()).roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn("alice");
        UI.getCurrent().navigate("admin/members");

        assertThat(_find(MembersView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Members");
        assertThatThrownBy(() -> members.search("", 0, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private Grid<Member> grid() {
        @SuppressWarnings("unchecked")
        Grid<Member> grid = _get(Grid.class);
        return grid;
    }

    private void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("members-filter")), text);
    }

    private Member issuerAdmin(String name) {
        return people.account(freshAddress(name), name, Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    private static String freshAddress(String name) {
        return name.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
