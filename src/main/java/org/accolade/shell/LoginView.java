package org.accolade.shell;

import java.util.Optional;

import org.accolade.security.SignInThrottled;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
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
     * After a failed sign-in the login form comes back here with {@code ?error}; when sign-ins for the account or
     * from the address were refused for a while, the session holds why, and the screen says how long to wait.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        Optional<SignInThrottled> throttled = failed ? lastThrottle() : Optional.empty();
        throttled.ifPresent(refused -> {
            LoginI18n i18n = translations();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                    refused.attempt().retryAfterMinutes()));
            form.setI18n(i18n);
        });
        form.setError(failed);
    }

    private static Optional<SignInThrottled> lastThrottle() {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        return session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof SignInThrottled throttled ? Optional.of(throttled) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
