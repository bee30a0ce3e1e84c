package org.accolade;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk through their APIs only: no module reaches into another's internals, and no cycles. Each module
 * declares whom it may use ({@code allowedDependencies} in its {@code package-info.java}); the graph is also written
 * here, so that a new arrow is a decision seen in review, not an import slipped in.
 */
class ModularityTests {

    private static final Map<String, Set<String>> GRAPH = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("ui", Set.of("shared")),
            Map.entry("mail", Set.of("shared", "ui")),
            Map.entry("community", Set.of("mail", "shared", "ui")),
            Map.entry("security", Set.of("community", "shared")),
            Map.entry("shell", Set.of("community", "security", "shared")),
            Map.entry("catalog", Set.of("community", "mail", "security", "shared", "ui")),
            Map.entry("tasks", Set.of("catalog", "community", "security", "shared", "ui")),
            Map.entry("issuance", Set.of("catalog", "community", "mail", "security", "shared", "shell", "ui")),
            Map.entry("nomination", Set.of("catalog", "community", "issuance", "mail", "security", "shared", "tasks",
                    "ui")),
            Map.entry("endorsement", Set.of("catalog", "community", "issuance", "mail", "nomination", "security",
                    "shared", "shell", "tasks", "ui")),
            Map.entry("verification", Set.of("issuance", "shared", "shell", "ui")),
            Map.entry("web", Set.of("community", "shared", "tasks")),
            Map.entry("setup", Set.of("catalog", "community", "shared")),
            Map.entry("demo", Set.of("catalog", "community")));

    private final ApplicationModules modules = ApplicationModules.of(AccoladeApplication.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void theModuleGraphIsTheOneDrawnHere() {
        Map<String, Set<String>> actual = new TreeMap<>();
        modules.forEach(module -> actual.put(module.getIdentifier().toString(), dependencies(module)));

        assertThat(actual).isEqualTo(new TreeMap<>(GRAPH));
    }

    @Test
    void documentsTheModules() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private Set<String> dependencies(ApplicationModule module) {
        return module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
                .map(Object::toString).collect(toCollection(TreeSet::new));
    }
}
