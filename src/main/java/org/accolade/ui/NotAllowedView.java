package org.accolade.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/** A screen the person may not open: said plainly, with the way home, and nothing of what lies behind. */
@AnonymousAllowed
public class NotAllowedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(this, getTranslation("error.not-allowed.title"), getTranslation("error.not-allowed.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    static void show(VerticalLayout page, String title, String text) {
        page.removeAll();
        page.setPadding(true);
        page.add(new H2(title), new Paragraph(text), new Anchor("/", page.getTranslation("error.home")));
    }
}
