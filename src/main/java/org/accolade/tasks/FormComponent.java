package org.accolade.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One component of a form-js document, as Camunda Modeler writes it.
 *
 * @param key        where the value sits in the submitted data (a dotted key nests, as in form-js); for a dynamic
 *                   list, its {@code path}, because form-js binds lists by path rather than by key; null for groups
 *                   and display-only components
 * @param path       the data path of a group or dynamic list (children's values nest under it), else null
 * @param readonly   form-js {@code readonly} or {@code disabled} set to true: the person cannot change the value, so
 *                   the server keeps the default whatever is submitted
 * @param values     the static options of a radio, select, checklist or taglist
 * @param valuesKey  the input data entry holding the options, when they are not static
 * @param rules      the {@code validate} block, {@link FormRules#NONE} without one
 * @param components the children of a group or dynamic list
 * @param properties every other attribute as written in the file (layout, text, subtype, decimalDigits, the custom
 *                   properties under "properties" ...), for the renderer
 */
public record FormComponent(String id, String type, String key, String path, String label, String description,
        Object defaultValue, boolean readonly, List<FormOption> values, String valuesKey, FormRules rules,
        List<FormComponent> components, Map<String, Object> properties) {

    /** The custom property that caps how many items a person may add to a dynamic list. */
    public static final String MAX_ITEMS = "maxItems";

    public FormComponent {
        values = values == null ? List.of() : List.copyOf(values);
        rules = rules == null ? FormRules.NONE : rules;
        components = components == null ? List.of() : List.copyOf(components);
        // JSON null is a legitimate attribute value, which Map.copyOf refuses
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** The custom properties set in Camunda Modeler (form-js {@code properties}), as text. */
    public Map<String, String> customProperties() {
        Map<String, String> custom = new LinkedHashMap<>();
        if (properties.get("properties") instanceof Map<?, ?> map) {
            map.forEach((name, value) -> custom.put(String.valueOf(name), String.valueOf(value)));
        }
        return custom;
    }

    /** For a dynamic list, the most items a person may add (custom property {@value #MAX_ITEMS}); null for no cap. */
    public Integer maxItems() {
        String maxItems = customProperties().get(MAX_ITEMS);
        try {
            return maxItems == null ? null : Integer.valueOf(maxItems.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
