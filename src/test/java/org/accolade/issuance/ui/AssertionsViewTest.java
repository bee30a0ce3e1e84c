package org.accolade.issuance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.accolade.community.Member;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.SentMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;

class AssertionsViewTest extends BadgeScreenTest {

    @Autowired
    private SentMail sentMail;

    @Test
    void anIssuerAdminSeesTheIssuedBadgesWithTheirHolders() {
        Member nina = people.fresh("Nina");
        var badge = award(nina, "citoyen");
        // Newer badges above it: the grid reads rows from any offset, and one holder may have several on a page
        Member omar = people.fresh("Omar");
        award(omar, "solidaire");
        award(omar, "creatif");
        signIn("admin");

        UI.getCurrent().navigate("admin/assertions");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Issued badges");
        int row = rowOf(nina.email());
        assertThat(_getFormattedRow(grid(), row)).startsWith("Citoyen", "Nina", nina.email());
        assertThat(_getFormattedRow(grid(), row).get(4)).isEqualTo("Valid");
        assertThat(_get(actions(row), RouterLink.class, spec -> spec.withText("Public page")).getHref())
                .isEqualTo("badges/" + badge.id());
    }

    @Test
    void revokingAsksForAReasonThenTellsTheHolderAndTheRowSaysRevoked() {
        Member nina = people.fresh("Nina");
        award(nina, "citoyen");
        signIn("admin");
        UI.getCurrent().navigate("admin/assertions");

        _click(_get(actions(rowOf(nina.email())), Button.class, spec -> spec.withText("Revoke")));
        RevokeDialog dialog = _get(RevokeDialog.class);
        _click(_get(Button.class, spec -> spec.withText("Revoke the badge")));

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage())
                .isEqualTo("Give the reason for revoking the badge; its holder will read it.");
        assertThat(sentMail.to(nina.email())).extracting(OutboxMessage::template).doesNotContain("BADGE_REVOKED");

        _setValue(dialog.reason, "The evidence was copied.");
        _click(_get(Button.class, spec -> spec.withText("Revoke the badge")));

        NotificationsKt.expectNotifications("Citoyen of Nina is revoked; Nina is told by email.");
        assertThat(_find(RevokeDialog.class)).isEmpty();
        OutboxMessage mail = sentMail.to(nina.email()).stream()
                .filter(message -> message.template().equals("BADGE_REVOKED")).findFirst().orElseThrow();
        assertThat(mail.body()).contains("The evidence was copied.");
        int row = rowOf(nina.email());
        assertThat(_getFormattedRow(grid(), row).get(4)).startsWith("Revoked on ")
                .endsWith(": The evidence was copied.");
        assertThat(_find(actions(row), Button.class)).isEmpty();
    }

    @Test
    void aMemberWhoIsNotAnIssuerAdminIsNotAllowed() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("admin/assertions");

        assertThat(_find(AssertionsView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Issued badges");
        assertThatThrownBy(() -> assertions.page(0, 10))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /** Newest first, so a badge just issued is near the top; found by its holder's fresh address. */
    private int rowOf(String email) {
        Grid<?> grid = grid();
        return IntStream.range(0, _size(grid)).filter(row -> _getFormattedRow(grid, row).get(2).equals(email))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + email + " in "
                        + IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row)).toList()));
    }

    private Component actions(int row) {
        return _getCellComponent(grid(), row, "actions");
    }

    private static Grid<?> grid() {
        return _get(Grid.class);
    }
}
