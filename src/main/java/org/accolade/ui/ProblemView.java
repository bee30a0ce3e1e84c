package org.accolade.ui;

import org.accolade.shared.DomainException;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal while a screen was opening (a task that is not yours, a nomination that does not exist), in the
 * person's language, with the same words as the API's problem details.
 */
@AnonymousAllowed
public class ProblemView extends VerticalLayout implements HasErrorParameter<DomainException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DomainException> parameter) {
        DomainException problem = parameter.getException();
        int status = status(problem.kind());
        NotAllowedView.show(this, getTranslation("problem.title." + status),
                Refusals.text(this, problem));
        return status;
    }

    private static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case GONE -> HttpServletResponse.SC_GONE;
        };
    }
}
