package org.accolade.tasks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormFieldError;
import org.accolade.tasks.FormValidationResult;

/**
 * One validation of a submission: walks the form's components over the submitted data, scope by scope. A scope is
 * the form itself, a group with a path, or one item of a dynamic list; errors are named by their place in the data
 * ({@code address.city}, {@code items[1].url}) and come in the order of the form, each scope's unknown keys last.
 */
public final class SubmissionCheck {

    private final FieldCheck fieldCheck;
    private final Map<String, ?> inputData;
    private final List<FormFieldError> errors = new ArrayList<>();

    public SubmissionCheck(TextFormats formats, Map<String, ?> inputData) {
        this.fieldCheck = new FieldCheck(formats);
        this.inputData = inputData;
    }

    public FormValidationResult run(List<FormComponent> components, Map<String, ?> values) {
        Map<String, Object> checked = scope(components, values, "");
        return new FormValidationResult(checked, errors);
    }

    private Map<String, Object> scope(List<FormComponent> components, Map<String, ?> input, String prefix) {
        Map<String, Object> output = new LinkedHashMap<>();
        components.forEach(component -> component(component, input, output, prefix));
        reportUnknownKeys(input, BoundPaths.of(components), prefix);
        return output;
    }

    private void component(FormComponent component, Map<String, ?> input, Map<String, Object> output,
            String prefix) {
        ComponentKind kind = ComponentKind.of(component.type());
        switch (kind) {
            case GROUP -> group(component, input, output, prefix);
            case DYNAMIC_LIST -> dynamicList(component, input, output, prefix);
            // an unsupported component's value is dropped rather than kept unchecked
            case DISPLAY, UNSUPPORTED -> { }
            default -> field(component, kind, input, output, prefix);
        }
    }

    private void field(FormComponent component, ComponentKind kind, Map<String, ?> input, Map<String, Object> output,
            String prefix) {
        if (component.key() == null) {
            return;
        }
        List<String> path = DataPaths.segments(component.key());
        FieldCheck.Outcome outcome = fieldCheck.check(prefix + component.key(), component, kind,
                DataPaths.get(input, path), ChoiceOptions.of(component, inputData));
        errors.addAll(outcome.errors());
        if (outcome.value() != null) {
            DataPaths.put(output, path, outcome.value());
        }
    }

    /** Without a path a group only lays out its children; with one, their values nest under it. */
    private void group(FormComponent group, Map<String, ?> input, Map<String, Object> output, String prefix) {
        if (group.path() == null || group.path().isBlank()) {
            group.components().forEach(child -> component(child, input, output, prefix));
            return;
        }
        String field = prefix + group.path();
        List<String> path = DataPaths.segments(group.path());
        Object submitted = DataPaths.get(input, path);
        if (submitted != null && !(submitted instanceof Map)) {
            errors.add(FieldCheck.error(field, ErrorCode.TYPE));
            return;
        }
        Map<String, ?> nested = submitted instanceof Map<?, ?> map ? DataPaths.object(map) : Map.of();
        Map<String, Object> values = scope(group.components(), nested, field + ".");
        if (!values.isEmpty()) {
            DataPaths.put(output, path, values);
        }
    }

    private void dynamicList(FormComponent list, Map<String, ?> input, Map<String, Object> output, String prefix) {
        if (list.path() == null || list.path().isBlank()) {
            return;
        }
        String field = prefix + list.path();
        List<String> path = DataPaths.segments(list.path());
        Object submitted = DataPaths.get(input, path);
        if (submitted == null) {
            return;
        }
        if (!(submitted instanceof List<?> items)) {
            errors.add(FieldCheck.error(field, ErrorCode.TYPE));
            return;
        }
        if (list.maxItems() != null && items.size() > list.maxItems()) {
            errors.add(FieldCheck.error(field, ErrorCode.MAX_ITEMS, list.maxItems()));
        }
        List<Map<String, Object>> values = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            String itemField = field + "[" + index + "]";
            if (items.get(index) instanceof Map<?, ?> item) {
                values.add(scope(list.components(), DataPaths.object(item), itemField + "."));
            } else {
                errors.add(FieldCheck.error(itemField, ErrorCode.TYPE));
            }
        }
        if (!values.isEmpty()) {
            DataPaths.put(output, path, values);
        }
    }

    /** Walks the submitted keys along the paths the scope binds; a key off every path is unknown. */
    private void reportUnknownKeys(Map<String, ?> input, List<List<String>> bound, String prefix) {
        input.forEach((name, value) -> {
            List<List<String>> below = bound.stream()
                    .filter(path -> path.get(0).equals(name))
                    .map(path -> path.subList(1, path.size()))
                    .toList();
            if (below.isEmpty()) {
                errors.add(FieldCheck.error(prefix + name, ErrorCode.UNKNOWN));
            } else if (below.stream().noneMatch(List::isEmpty) && value != null) {
                // name is only a parent of bound paths, such as "address" for the key "address.city"
                if (value instanceof Map<?, ?> nested) {
                    reportUnknownKeys(DataPaths.object(nested), below, prefix + name + ".");
                } else {
                    errors.add(FieldCheck.error(prefix + name, ErrorCode.TYPE));
                }
            }
        });
    }
}
