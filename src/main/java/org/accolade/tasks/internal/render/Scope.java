package org.accolade.tasks.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accolade.tasks.FormComponent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.dom.Element;

/**
 * The components of one data scope laid out: the form itself, a group, or one item of a dynamic list. The layout
 * follows form-js rows and its 16-column grid (components sharing a {@code layout.row} sit side by side, each on its
 * {@code layout.columns}, the others sharing what is left), and falls to a single column on a phone.
 */
public final class Scope {

    /** form-js lays out each row on 16 columns. */
    static final int COLUMNS = 16;

    private final FormLayout layout = new FormLayout();
    private final List<Binding> bindings = new ArrayList<>();

    private Scope() {
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", COLUMNS));
    }

    /** The form's own scope. */
    public static Scope of(List<FormComponent> components, RenderContext context) {
        return build(components, DataValues.object(context.data()), "", context);
    }

    /**
     * @param data       the values of this scope (the form's data, the object at a group's path, a list item)
     * @param textPrefix what precedes its fields' keys in the bundles: the paths of the enclosing groups and lists
     */
    static Scope build(List<FormComponent> components, Map<String, Object> data, String textPrefix,
            RenderContext context) {
        Scope scope = new Scope();
        ComponentBuilder builder = new ComponentBuilder(context, data, textPrefix, scope.bindings);
        List<Placed> row = new ArrayList<>();
        String rowId = null;
        for (FormComponent component : components) {
            Component built = builder.build(component);
            if (built == null) {
                continue;
            }
            String nextRow = layoutValue(component, "row") instanceof String id ? id : null;
            if (!row.isEmpty() && (nextRow == null || !nextRow.equals(rowId))) {
                scope.place(row);
            }
            row.add(new Placed(built, layoutValue(component, "columns") instanceof Number n ? n.intValue() : null));
            rowId = nextRow;
        }
        scope.place(row);
        return scope;
    }

    public FormLayout layout() {
        return layout;
    }

    /** The current values by key, nested as the validator and the API take them. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        collectInto(values);
        return values;
    }

    void collectInto(Map<String, Object> values) {
        bindings.forEach(binding -> binding.collect(values));
    }

    /** Where each error shows, by the place of its value in the data, in the order of the form. */
    public Map<String, ErrorTarget> targets() {
        Map<String, ErrorTarget> targets = new LinkedHashMap<>();
        register("", targets);
        return targets;
    }

    void register(String prefix, Map<String, ErrorTarget> targets) {
        bindings.forEach(binding -> binding.register(prefix, targets));
    }

    /** Focuses the first field, such as that of a list item just added. */
    void focusFirst() {
        targets().values().stream().findFirst().ifPresent(ErrorTarget::focus);
    }

    /** One form-js row; a line break before it keeps it off the previous row's free columns. */
    private void place(List<Placed> row) {
        if (row.isEmpty()) {
            return;
        }
        if (layout.getChildren().findAny().isPresent()) {
            layout.getElement().appendChild(new Element("br"));
        }
        int fixed = row.stream().filter(p -> p.columns() != null).mapToInt(p -> clamp(p.columns())).sum();
        long auto = row.stream().filter(p -> p.columns() == null).count();
        int autoColumns = auto == 0 ? COLUMNS : (int) Math.max(1, (COLUMNS - fixed) / auto);
        row.forEach(p -> layout.add(p.component(), p.columns() == null ? autoColumns : clamp(p.columns())));
        row.clear();
    }

    private static int clamp(int columns) {
        return Math.max(1, Math.min(COLUMNS, columns));
    }

    private static Object layoutValue(FormComponent component, String name) {
        return component.properties().get("layout") instanceof Map<?, ?> layout ? layout.get(name) : null;
    }

    private record Placed(Component component, Integer columns) {
    }
}
