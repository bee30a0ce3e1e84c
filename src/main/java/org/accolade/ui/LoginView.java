package org.accolade.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with a username or an email address. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(translations());
        add(new H1("Accolade"), form, new LanguageSwitch());
    }

    private LoginI18n translations() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    /**
     * After a failed sign-in the security module sends people back here with {@code ?error}, or with
     * {@code ?throttled=<minutes>} while sign-ins for their account or from their address are refused.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Integer> throttledMinutes = parameters.getOrDefault("throttled", List.of()).stream().findFirst()
                .map(LoginView::minutes);
        if (throttledMinutes.isPresent()) {
            LoginI18n i18n = translations();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", throttledMinutes.get()));
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error") || throttledMinutes.isPresent());
    }

    /** The minutes to wait, as given in the address: a person may edit it, so anything else reads as one. */
    private static int minutes(String value) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(value), 24 * 60));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
