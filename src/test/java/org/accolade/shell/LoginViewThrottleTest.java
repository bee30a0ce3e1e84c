package org.accolade.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.accolade.security.SignInThrottled;
import org.accolade.shared.RateLimit.Attempt;
import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/**
 * The login screen says why a sign-in was refused: a wrong password, or too many failures and how long to wait, as
 * the login form leaves it in the session.
 */
class LoginViewThrottleTest extends KaribuTest {

    @Test
    void aThrottledPersonIsToldHowLongToWaitInFrench() {
        speak(Locale.FRENCH);
        refusedFor(Duration.ofMinutes(11).plusSeconds(30));
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("\"title\":\"Connexion suspendue\"").contains(
                "Trop d’échecs de connexion pour ce compte ou depuis cette adresse. Réessayez dans 12 minutes.");
    }

    @Test
    void aThrottledPersonIsToldHowLongToWaitInEnglish() {
        refusedFor(Duration.ofSeconds(20));
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        assertThat(errorMessage(_get(LoginForm.class))).contains(
                "Too many failed sign-ins for this account or from this address. Try again in one minute.");
    }

    @Test
    void aWrongPasswordStillSaysToCheckIt() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).contains("Check your username or email and your password, then try again.");
    }

    /** As the login form leaves a sign-in refused for {@code wait}. */
    private static void refusedFor(Duration wait) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInThrottled(new Attempt(false, wait)));
    }

    /** The error title and message as the browser receives them, in the form's i18n property. */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
