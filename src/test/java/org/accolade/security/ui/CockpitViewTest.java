package org.accolade.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.sidenav.SideNavItem;

import kotlin.Unit;
import kotlin.jvm.functions.Function1;

class CockpitViewTest extends KaribuTest {

    /**
     * KaribuTest's route scan finds public views only (Karibu's class scan skips package-private classes), so
     * this screen is registered here until the scan includes it.
     */

    @Test
    void aSystemAdminIsSentToCockpit() {
        signIn("admin");
        List<PendingJavaScriptInvocation> scripts = new ArrayList<>();
        Function1<PendingJavaScriptInvocation, Unit> browser = script -> {
            scripts.add(script);
            return Unit.INSTANCE;
        };
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(browser);
        try {
            UI.getCurrent().navigate("cockpit");
            MockVaadin.clientRoundtrip();
        } finally {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(browser);
        }

        // Page.setLocation asks the browser to open the address in the same window.
        assertThat(scripts).anySatisfy(script -> assertThat(script.getInvocation().getParameters())
                .contains("/camunda/app/cockpit/default/"));
        assertThat(_get(Anchor.class, spec -> spec.withText("Open Cockpit")).getHref())
                .isEqualTo("/camunda/app/cockpit/default/");
    }

    @Test
    void theMenuOffersCockpitToASystemAdmin() {
        signIn("admin");
        UI.getCurrent().navigate("cockpit");

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Cockpit");
    }

    @Test
    void aMemberIsNotSentToCockpitAndDoesNotSeeItInTheMenu() {
        signIn("alice");
        UI.getCurrent().navigate("cockpit");

        assertThat(_find(CockpitView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .doesNotContain("Cockpit");
    }
}
