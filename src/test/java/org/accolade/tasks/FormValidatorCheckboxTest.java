package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorCheckboxTest {

    private static final String CONSENT = """
            {"type": "checkbox", "key": "consent", "defaultValue": false}""";

    @Test
    void aCheckboxKeepsAJsonBoolean() {
        FormValidationResult result = validate(Map.of("consent", true), CONSENT);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("consent", true);
    }

    @Test
    void aCheckboxRefusesTextAsATypeError() {
        assertThat(validate(Map.of("consent", "true"), CONSENT).errors()).containsExactly(error("consent", "type"));
    }

    @Test
    void aRequiredCheckboxMustBeTicked() {
        String terms = """
                {"type": "checkbox", "key": "terms", "validate": {"required": true}}""";

        assertThat(validate(Map.of("terms", false), terms).errors()).containsExactly(error("terms", "required"));
        assertThat(validate(Map.of("terms", true), terms).valid()).isTrue();
    }

    @Test
    void anAbsentCheckboxTakesItsDefaultValue() {
        FormValidationResult result = validate(Map.of(), CONSENT);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("consent", false);
    }
}
