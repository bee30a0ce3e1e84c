package org.accolade.tasks.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormOption;

/** The values a radio, select, checklist or taglist accepts. */
final class ChoiceOptions {

    private ChoiceOptions() {
    }

    /**
     * Static values first, else the options the form was rendered with ({@code inputData[valuesKey]}: FormOptions,
     * {label, value} maps, or plain values). Missing input data means no option is acceptable: the server must not
     * take a value it cannot check. Empty when the options come from a FEEL expression the server cannot evaluate.
     */
    static Optional<Set<String>> of(FormComponent component, Map<String, ?> inputData) {
        Set<String> options = new LinkedHashSet<>();
        if (!component.values().isEmpty()) {
            component.values().forEach(option -> options.add(option.value()));
        } else if (component.valuesKey() != null) {
            addOptions(DataPaths.get(inputData, DataPaths.segments(component.valuesKey())), options);
        } else if (component.properties().containsKey("valuesExpression")) {
            return Optional.empty();
        }
        return Optional.of(options);
    }

    private static void addOptions(Object data, Set<String> options) {
        if (data instanceof Collection<?> items) {
            items.stream().map(ChoiceOptions::value).filter(value -> value != null).forEach(options::add);
        }
    }

    private static String value(Object option) {
        Object value = option;
        if (option instanceof FormOption formOption) {
            value = formOption.value();
        } else if (option instanceof Map<?, ?> map) {
            value = map.get("value");
        }
        return value == null ? null : String.valueOf(value);
    }
}
