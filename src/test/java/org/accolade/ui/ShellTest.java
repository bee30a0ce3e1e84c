package org.accolade.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;

import elemental.json.JsonObject;

class ShellTest extends KaribuTest {

    @Test
    void theLoginPageSpeaksFrench() {
        speak(Locale.FRENCH);
        UI.getCurrent().navigate("login");

        assertThat(loginLabel("submit")).isEqualTo("Se connecter");
    }

    /** The login form's labels travel to the browser in its i18n property. */
    private static String loginLabel(String key) {
        JsonObject i18n = (JsonObject) _get(LoginForm.class).getElement().getPropertyRaw("i18n");
        return i18n.getObject("form").getString(key);
    }
}
