package org.accolade.issuance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.community.Member;
import org.accolade.issuance.IssuedBadge;
import org.accolade.ui.ScreenTexts;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;

class MyBadgesViewTest extends BadgeScreenTest {

    @Test
    void aMemberSeesTheirBadgesOnlyWithTheLinksToShowThemOff() {
        Member nina = people.fresh("Nina");
        IssuedBadge citoyen = award(nina, "citoyen");
        award(people.fresh("Omar"), "solidaire");
        signIn(nina.email());

        UI.getCurrent().navigate("my-badges");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("My badges");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Citoyen");
        assertThat(ScreenTexts.text(_get(UnorderedList.class, spec -> spec.withId("my-badges")))).contains("Awarded on")
                .contains("Valid");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Public page")).getHref())
                .isEqualTo("badges/" + citoyen.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Download the badge (PNG)")).getHref())
                .isEqualTo("/ob/v2/assertions/" + citoyen.id() + "/image.png");
        assertThat(_get(Anchor.class, spec -> spec.withText("Add to LinkedIn profile")).getHref())
                .contains("&name=Citoyen&").endsWith("&certId=" + citoyen.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("Download the badge 3.0 (PNG)")).getHref())
                .isEqualTo("/ob/v3/credentials/" + citoyen.id() + "/image.png");
        assertThat(_get(Anchor.class, spec -> spec.withText("Credential 3.0 (VC-JWT)")).getHref())
                .isEqualTo("/ob/v3/credentials/" + citoyen.id() + ".jwt");
    }

    @Test
    void aRevokedBadgeShowsItsReason() {
        Member nina = people.fresh("Nina");
        IssuedBadge citoyen = award(nina, "citoyen");
        people.as("admin", () -> assertions.revoke(citoyen.id(), "Awarded by mistake."));
        signIn(nina.email());

        UI.getCurrent().navigate("my-badges");

        assertThat(ScreenTexts.text(_get(UnorderedList.class, spec -> spec.withId("my-badges"))))
                .containsPattern("Revoked on .+: Awarded by mistake\\.");
    }

    @Test
    void theHomePageLinksEachBadgeToItsPublicPageAndToAllOfThem() {
        Member nina = people.fresh("Nina");
        IssuedBadge citoyen = award(nina, "citoyen");
        signIn(nina.email());

        UI.getCurrent().navigate("");

        assertThat(_get(Anchor.class, spec -> spec.withText("Citoyen")).getHref()).isEqualTo("badges/" + citoyen.id());
        assertThat(_get(Anchor.class, spec -> spec.withText("All my badges, to download and share")).getHref())
                .isEqualTo("my-badges");
    }

    @Test
    void aMemberWithoutBadgesIsToldWhereTheyWillShow() {
        signIn(people.fresh("Nina").email());

        UI.getCurrent().navigate("my-badges");

        assertThat(_get(Paragraph.class).getText()).startsWith("No badge yet.");
    }
}
