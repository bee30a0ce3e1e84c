package org.accolade.tasks.ui;

import org.accolade.ui.KaribuTest;
import org.junit.jupiter.api.BeforeEach;

import com.vaadin.flow.router.RouteConfiguration;

/**
 * Karibu's route discovery (ClassGraph, public classes only) misses package-private views such as these, so they
 * are registered here for each mocked application.
 */
abstract class TaskScreenTest extends KaribuTest {

    @BeforeEach
    void registerTaskRoutes() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setAnnotatedRoute(TaskListView.class);
        routes.setAnnotatedRoute(TaskView.class);
    }
}
