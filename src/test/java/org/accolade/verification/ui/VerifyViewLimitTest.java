package org.accolade.verification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.accolade.mail.MutableClock;
import org.accolade.ui.KaribuTest;
import org.accolade.ui.ScreenTexts;
import org.accolade.web.ClockedApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;

import kotlin.jvm.functions.Function0;

/**
 * The verify page keeps to the same bound per client address as the API (30 a minute), and says so in words. On the
 * application with a movable clock, so that the test moves past the minute instead of waiting.
 */
@ClockedApplicationTest
class VerifyViewLimitTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private MutableClock clock;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.accoladeRoutes(), context, uiFactory));
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        // The next test, whatever it is, finds this address with its minute whole again.
        clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void aVisitorWhoVerifiesTooOftenIsToldToWaitAMinute() {
        UI.getCurrent().navigate("verify");
        _setValue(_get(TextArea.class), "a.b.c");
        for (int verification = 0; verification < 30; verification++) {
            _click(_get(Button.class, spec -> spec.withText("Vérifier")));
            assertThat(_find(H2.class, spec -> spec.withId("verdict"))).hasSize(1);
        }

        _click(_get(Button.class, spec -> spec.withText("Vérifier")));

        assertThat(_find(H2.class, spec -> spec.withId("verdict"))).isEmpty();
        assertThat(ScreenTexts.of(UI.getCurrent())).contains(
                "Trop de vérifications depuis votre adresse. Patientez une minute, puis réessayez.");
        clock.advance(Duration.ofMinutes(1));
        _click(_get(Button.class, spec -> spec.withText("Vérifier")));
        assertThat(_find(H2.class, spec -> spec.withId("verdict"))).hasSize(1);
    }

}
