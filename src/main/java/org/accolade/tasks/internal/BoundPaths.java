package org.accolade.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import org.accolade.tasks.FormComponent;

/** The data paths the components of one scope bind: keys, group paths and list paths, through groups without path. */
final class BoundPaths {

    private BoundPaths() {
    }

    static List<List<String>> of(List<FormComponent> components) {
        return collect(components, new ArrayList<>());
    }

    private static List<List<String>> collect(List<FormComponent> components, List<List<String>> paths) {
        for (FormComponent component : components) {
            boolean group = ComponentKind.of(component.type()) == ComponentKind.GROUP;
            String binding = group ? component.path() : component.key();
            if (binding != null && !binding.isBlank()) {
                paths.add(DataPaths.segments(binding));
            } else if (group) {
                collect(component.components(), paths);
            }
        }
        return paths;
    }
}
