package org.accolade.tasks;

import java.util.List;
import java.util.Map;

/** Small forms written inline, so that each test shows the component it is about. */
final class TestForms {

    private static final FormValidator VALIDATOR = new FormValidator();

    private TestForms() {
    }

    /** A form "test" with these components, each a JSON object. */
    static FormDefinition withComponents(String... components) {
        return FormDefinition.parse("{\"id\": \"test\", \"type\": \"default\", \"components\": ["
                + String.join(",", components) + "]}");
    }

    /** Validates values against a form made of these components, with no input data. */
    static FormValidationResult validate(Map<String, ?> values, String... components) {
        return VALIDATOR.validate(withComponents(components), values, Map.of());
    }

    static FormFieldError error(String field, String code, Object... arguments) {
        return new FormFieldError(field, code, List.of(arguments));
    }
}
