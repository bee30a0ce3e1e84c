package org.accolade.tasks.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormOption;
import org.accolade.tasks.FormRules;
import org.accolade.tasks.InvalidFormException;

/**
 * Reads a form-js document into {@link FormComponent}s. Lenient about what it does not model, because a newer Camunda
 * Modeler may write attributes or types this code has never seen; strict only about what makes a document unusable.
 */
public final class FormJsonReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The attributes FormComponent models; every other one goes to its properties as written. */
    private static final Set<String> MODELLED = Set.of("id", "type", "key", "path", "label", "description",
            "defaultValue", "readonly", "values", "valuesKey", "validate", "components");

    public record Document(String id, List<FormComponent> components) {
    }

    private FormJsonReader() {
    }

    public static Document read(String json) {
        JsonNode root = tree(json);
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            throw new InvalidFormException("The form has no id");
        }
        return new Document(id, components(root));
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            throw new InvalidFormException("The form is empty");
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InvalidFormException("A form must be a JSON object");
            }
            return root;
        } catch (JsonProcessingException malformed) {
            throw new InvalidFormException("The form is not valid JSON: " + malformed.getOriginalMessage(), malformed);
        }
    }

    /** Anything but an array of objects reads as no children: an odd component must not make the form unusable. */
    private static List<FormComponent> components(JsonNode parent) {
        List<FormComponent> components = new ArrayList<>();
        JsonNode nodes = parent.path("components");
        if (nodes.isArray()) {
            nodes.forEach(node -> {
                if (node.isObject()) {
                    components.add(component(node));
                }
            });
        }
        return components;
    }

    private static FormComponent component(JsonNode node) {
        String type = text(node, "type");
        String path = text(node, "path");
        String key = ComponentKind.of(type) == ComponentKind.DYNAMIC_LIST ? path : text(node, "key");
        return new FormComponent(text(node, "id"), type, key, path, text(node, "label"), text(node, "description"),
                plain(node.get("defaultValue")), isTrue(node, "readonly") || isTrue(node, "disabled"),
                options(node.path("values")), text(node, "valuesKey"), rules(node.path("validate")), components(node),
                properties(node));
    }

    private static List<FormOption> options(JsonNode values) {
        List<FormOption> options = new ArrayList<>();
        for (JsonNode option : values) {
            JsonNode value = option.path("value");
            if (value.isValueNode() && !value.isNull()) {
                options.add(new FormOption(text(option, "label"), value.asText()));
            }
        }
        return options;
    }

    private static FormRules rules(JsonNode validate) {
        if (!validate.isObject()) {
            return FormRules.NONE;
        }
        return new FormRules(isTrue(validate, "required"), integer(validate.get("minLength")),
                integer(validate.get("maxLength")), nonBlank(text(validate, "pattern")),
                nonBlank(text(validate, "validationType")), decimal(validate.get("min")), decimal(validate.get("max")));
    }

    private static Map<String, Object> properties(JsonNode node) {
        Map<String, Object> properties = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            if (!MODELLED.contains(field.getKey())) {
                properties.put(field.getKey(), plain(field.getValue()));
            }
        });
        return properties;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static boolean isTrue(JsonNode node, String name) {
        return node.path(name).isBoolean() && node.path(name).booleanValue();
    }

    /** A number, or numeric text; anything else (a FEEL expression) is a rule the server cannot apply. */
    private static BigDecimal decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.textValue().trim()) : null;
        } catch (NumberFormatException expression) {
            return null;
        }
    }

    private static Integer integer(JsonNode node) {
        BigDecimal decimal = decimal(node);
        return decimal == null ? null : decimal.intValue();
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The JSON value as plain Java: maps, lists, strings, numbers, booleans. */
    private static Object plain(JsonNode node) {
        return node == null || node.isNull() ? null : MAPPER.convertValue(node, Object.class);
    }
}
