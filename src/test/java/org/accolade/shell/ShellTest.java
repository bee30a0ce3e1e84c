package org.accolade.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.accolade.nomination.ui.MemberScreenTest;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;

import elemental.json.JsonObject;

class ShellTest extends KaribuTest {

    @Test
    void theLoginPageSpeaksFrench() {
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("login");

        assertThat(loginLabel("submit")).isEqualTo("Se connecter");
    }

    @Test
    void anAnonymousVisitorOpeningTheHomePageLandsOnTheLoginPage() {
        UI.getCurrent().navigate("");

        List<String> redirects = MemberScreenTest.pageLoads();
        // the mocked browser's own first visit, to "", was sent there too
        assertThat(redirects).isNotEmpty().containsOnly("/login");
        UI.getCurrent().navigate(redirects.get(0).substring(1));
        _get(LoginView.class);
    }

    @Test
    void alicesMenuOffersHomeCatalogueAndNominationsAndNothingOfTheAdministration() {
        signIn("alice");

        UI.getCurrent().navigate("");

        List<SideNavItem> items = _find(_get(MainLayout.class), SideNavItem.class);
        assertThat(items).extracting(SideNavItem::getPath).contains("", "catalog", "nominations")
                .noneMatch(path -> path.startsWith("admin"));
        assertThat(items).extracting(SideNavItem::getLabel).contains("Home", "Catalogue", "My nominations");
    }

    /** The login form's labels travel to the browser in its i18n property. */
    private static String loginLabel(String key) {
        JsonObject i18n = (JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        return i18n.getObject("form").getString(key);
    }
}
