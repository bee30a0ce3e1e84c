package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.accolade.tasks.TestForms.withComponents;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorChoiceTest {

    private static final String DECISION = """
            {"type": "radio", "key": "decision", "validate": {"required": true},
             "values": [{"label": "Accept", "value": "accept"}, {"label": "Decline", "value": "decline"}]}""";

    private static final String BADGE = """
            {"type": "select", "key": "badgeClassId", "valuesKey": "badgeClasses"}""";

    private static final String SKILLS = """
            {"type": "checklist", "key": "skills",
             "values": [{"label": "Teamwork", "value": "teamwork"}, {"label": "Citizenship", "value": "citizenship"}]}""";

    private final FormValidator validator = new FormValidator();

    @Test
    void aRadioKeepsOneOfItsValues() {
        FormValidationResult result = validate(Map.of("decision", "accept"), DECISION);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("decision", "accept");
    }

    @Test
    void aRadioValueOutsideItsValuesIsAnOptionError() {
        assertThat(validate(Map.of("decision", "maybe"), DECISION).errors())
                .containsExactly(error("decision", "option", "maybe"));
    }

    @Test
    void aChoiceSubmittedAsSomethingOtherThanTextIsATypeError() {
        assertThat(validate(Map.of("decision", true), DECISION).errors()).containsExactly(error("decision", "type"));
    }

    @Test
    void aSelectTakesItsOptionsFromTheInputDataAsLabelValueMaps() {
        Map<String, Object> inputData = Map.of("badgeClasses", List.of(
                Map.of("label", "Citoyen", "value", "citoyen"), Map.of("label", "Solidaire", "value", "solidaire")));

        assertThat(validator.validate(withComponents(BADGE), Map.of("badgeClassId", "solidaire"), inputData).valid())
                .isTrue();
        assertThat(validator.validate(withComponents(BADGE), Map.of("badgeClassId", "creatif"), inputData).errors())
                .containsExactly(error("badgeClassId", "option", "creatif"));
    }

    @Test
    void aSelectAcceptsFormOptionsAsInputData() {
        Map<String, Object> inputData = Map.of("badgeClasses", List.of(new FormOption("Citoyen", "citoyen")));

        assertThat(validator.validate(withComponents(BADGE), Map.of("badgeClassId", "citoyen"), inputData).valid())
                .isTrue();
    }

    @Test
    void aSelectWhoseInputDataIsMissingAcceptsNoValue() {
        assertThat(validate(Map.of("badgeClassId", "citoyen"), BADGE).errors())
                .containsExactly(error("badgeClassId", "option", "citoyen"));
    }

    @Test
    void aSelectWithOptionsFromAnExpressionTakesAnyValueTheServerCannotCheck() {
        FormValidationResult result = validate(Map.of("badgeClassId", "citoyen"), """
                {"type": "select", "key": "badgeClassId", "valuesExpression": "=badges"}""");

        assertThat(result.valid()).isTrue();
    }

    @Test
    void aChecklistKeepsEveryChosenValue() {
        FormValidationResult result = validate(Map.of("skills", List.of("teamwork", " citizenship ")), SKILLS);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("skills", List.of("teamwork", "citizenship"));
    }

    @Test
    void aChecklistValueOutsideTheOptionsIsAnOptionError() {
        assertThat(validate(Map.of("skills", List.of("teamwork", "juggling")), SKILLS).errors())
                .containsExactly(error("skills", "option", "juggling"));
    }

    @Test
    void aRequiredChecklistNeedsAtLeastOneValue() {
        FormValidationResult result = validate(Map.of("skills", List.of()), """
                {"type": "checklist", "key": "skills", "validate": {"required": true},
                 "values": [{"label": "Teamwork", "value": "teamwork"}]}""");

        assertThat(result.errors()).containsExactly(error("skills", "required"));
    }

    @Test
    void aTaglistValidatesItsValuesLikeAChecklist() {
        String tags = """
                {"type": "taglist", "key": "tags", "valuesKey": "tags"}""";
        Map<String, Object> inputData = Map.of("tags", List.of("math", "music"));

        assertThat(validator.validate(withComponents(tags), Map.of("tags", List.of("music")), inputData).valid())
                .isTrue();
        assertThat(validator.validate(withComponents(tags), Map.of("tags", List.of("art")), inputData).errors())
                .containsExactly(error("tags", "option", "art"));
        assertThat(validator.validate(withComponents(tags), Map.of("tags", "music"), inputData).errors())
                .containsExactly(error("tags", "type"));
    }
}
