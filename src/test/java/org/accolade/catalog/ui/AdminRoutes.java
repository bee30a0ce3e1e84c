package org.accolade.catalog.ui;

import com.vaadin.flow.router.RouteConfiguration;

/**
 * Karibu's route discovery (ClassGraph without ignoreClassVisibility) finds only public views, and these views are
 * package-private as the project's views are; the application discovers them through Spring. Until KaribuTest
 * registers package-private views itself, the screen tests register these two for each mocked application.
 */
final class AdminRoutes {

    private AdminRoutes() {
    }

    static void register() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (!routes.isRouteRegistered(BadgeClassesView.class)) {
            routes.setAnnotatedRoute(BadgeClassesView.class);
        }
        if (!routes.isRouteRegistered(BadgeClassEditorView.class)) {
            routes.setAnnotatedRoute(BadgeClassEditorView.class);
        }
    }
}
