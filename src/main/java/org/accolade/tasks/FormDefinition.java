package org.accolade.tasks;

import java.util.ArrayList;
import java.util.List;

import org.accolade.tasks.internal.ComponentKind;
import org.accolade.tasks.internal.FormJsonReader;

/** A parsed form-js document: one file of {@code forms/}. */
public final class FormDefinition {

    private final String id;
    private final String json;
    private final List<FormComponent> components;
    private final List<FormComponent> fields;

    private FormDefinition(String id, String json, List<FormComponent> components) {
        this.id = id;
        this.json = json;
        this.components = List.copyOf(components);
        this.fields = List.copyOf(collectFields(components, new ArrayList<>()));
    }

    /** @throws InvalidFormException when the text is not JSON, not an object, or has no id */
    public static FormDefinition parse(String json) {
        FormJsonReader.Document document = FormJsonReader.read(json);
        return new FormDefinition(document.id(), json, document.components());
    }

    public String id() {
        return id;
    }

    /** The document as written, to hand to clients that render it themselves. */
    public String json() {
        return json;
    }

    public List<FormComponent> components() {
        return components;
    }

    /**
     * Every component that holds a value, in the order of the form: keyed components, found through groups, and
     * dynamic lists as one field each (their item components are the list's own {@link FormComponent#components()}).
     * A field inside a group with a path keeps its own key; its value sits under the group's path.
     */
    public List<FormComponent> fields() {
        return fields;
    }

    /** Whether some select or list takes its options from the data the form is shown with ({@code valuesKey}). */
    public boolean needsInputData() {
        return usesInputData(components);
    }

    private static boolean usesInputData(List<FormComponent> components) {
        return components.stream().anyMatch(c -> c.valuesKey() != null || usesInputData(c.components()));
    }

    private static List<FormComponent> collectFields(List<FormComponent> components, List<FormComponent> fields) {
        for (FormComponent component : components) {
            if (component.key() != null) {
                fields.add(component);
            } else if (ComponentKind.of(component.type()) != ComponentKind.DYNAMIC_LIST) {
                collectFields(component.components(), fields);
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        return "FormDefinition[" + id + "]";
    }
}
