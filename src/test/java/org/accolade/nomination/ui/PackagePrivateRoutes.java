package org.accolade.nomination.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;

/**
 * Karibu discovers routes with ClassGraph's defaults, which see public classes only, and so misses Accolade's
 * package-private views; this registers them in the mocked application, as the Spring integration does in the real
 * one. Idempotent, so that it stays harmless once the test base registers them itself.
 */
public final class PackagePrivateRoutes {

    private static final List<Class<? extends Component>> VIEWS = scan();

    private PackagePrivateRoutes() {
    }

    public static void register() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        VIEWS.stream().filter(view -> !routes.isRouteRegistered(view)).forEach(routes::setAnnotatedRoute);
    }

    private static List<Class<? extends Component>> scan() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.accolade").scan()) {
            List<Class<Component>> views = scan.getClassesWithAnnotation(Route.class)
                    .filter(info -> !info.isAbstract()).loadClasses(Component.class);
            return List.copyOf(views);
        }
    }
}
