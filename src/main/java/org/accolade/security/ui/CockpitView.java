package org.accolade.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;

import jakarta.annotation.security.RolesAllowed;

/**
 * The menu's way into Camunda Cockpit for operators: the browser leaves for Cockpit, where the Accolade session
 * signs them in (see the cockpit package of security's internals). A link stays on the page in case the browser
 * does not follow.
 */
@Route("cockpit")
@RolesAllowed("SYSTEM_ADMIN")
@Menu(title = "menu.cockpit", icon = "vaadin:dashboard", order = 20)
class CockpitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String location = (request == null ? "" : request.getContextPath()) + COCKPIT;
        removeAll();
        add(new Paragraph(getTranslation("cockpit.opening")), new Anchor(location, getTranslation("cockpit.link")));
        event.getUI().getPage().setLocation(location);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cockpit.page-title");
    }
}
