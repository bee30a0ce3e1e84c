package org.accolade.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A service refused the person while a screen was opening (security on the service, not only the view). */
@AnonymousAllowed
public class ServiceNotAllowedView extends VerticalLayout
        implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
            ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
        NotAllowedView.show(this, getTranslation("error.not-allowed.title"),
                getTranslation("error.not-allowed.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
