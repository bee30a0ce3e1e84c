package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorTextTest {

    private static final String REQUIRED_NAME = """
            {"type": "textfield", "key": "name", "validate": {"required": true}}""";

    @Test
    void aRequiredTextfieldLeftOutIsReportedAsRequired() {
        FormValidationResult result = validate(Map.of(), REQUIRED_NAME);

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).containsExactly(error("name", "required"));
    }

    @Test
    void blankTextCountsAsAbsent() {
        FormValidationResult result = validate(Map.of("name", "   "), REQUIRED_NAME);

        assertThat(result.errors()).containsExactly(error("name", "required"));
        assertThat(result.values()).doesNotContainKey("name");
    }

    @Test
    void textIsTrimmedBeforeItIsMeasuredAndKept() {
        String component = """
                {"type": "textfield", "key": "code", "validate": {"minLength": 3}}""";

        assertThat(validate(Map.of("code", "  ab  "), component).errors()).containsExactly(error("code", "minLength", 3));
        assertThat(validate(Map.of("code", " abc "), component).values()).containsExactly(Map.entry("code", "abc"));
    }

    @Test
    void textShorterThanMinLengthIsReportedWithTheMinimum() {
        FormValidationResult result = validate(Map.of("narrative", "Too short"), """
                {"type": "textarea", "key": "narrative", "validate": {"minLength": 30}}""");

        assertThat(result.errors()).containsExactly(error("narrative", "minLength", 30));
    }

    @Test
    void textLongerThanMaxLengthIsReportedWithTheMaximum() {
        FormValidationResult result = validate(Map.of("name", "x".repeat(201)), """
                {"type": "textfield", "key": "name", "validate": {"maxLength": 200}}""");

        assertThat(result.errors()).containsExactly(error("name", "maxLength", 200));
    }

    @Test
    void controlCharactersOtherThanTabsAndLineBreaksAreRefused() {
        String narrative = """
                {"type": "textarea", "key": "narrative"}""";

        assertThat(validate(Map.of("narrative", "Pasted\u000b from a word processor\u0000"), narrative).errors())
                .containsExactly(error("narrative", "controlCharacters"));
        assertThat(validate(Map.of("narrative", "Line one\r\nline\ttwo"), narrative).valid()).isTrue();
    }

    @Test
    void aPatternMustMatchTheWholeValue() {
        String digits = """
                {"type": "textfield", "key": "code", "validate": {"pattern": "[0-9]+"}}""";

        assertThat(validate(Map.of("code", "123"), digits).valid()).isTrue();
        assertThat(validate(Map.of("code", "123abc"), digits).errors())
                .containsExactly(error("code", "pattern", "[0-9]+"));
    }

    @Test
    void aPatternThatCannotBeCompiledIsIgnoredRatherThanBlockingTheForm() {
        FormValidationResult result = validate(Map.of("code", "anything"), """
                {"type": "textfield", "key": "code", "validate": {"pattern": "[unclosed"}}""");

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("code", "anything");
    }

    @Test
    void anEmailFieldAcceptsAnAddressAndRefusesTextWithoutDomain() {
        String email = """
                {"type": "textfield", "key": "email", "validate": {"validationType": "email"}}""";

        assertThat(validate(Map.of("email", "claire.martin@example.org"), email).valid()).isTrue();
        assertThat(validate(Map.of("email", "claire.martin@"), email).errors()).containsExactly(error("email", "email"));
        assertThat(validate(Map.of("email", "claire martin@example.org"), email).errors())
                .containsExactly(error("email", "email"));
    }

    @Test
    void aPhoneFieldAcceptsAnInternationalNumberAndRefusesALocalOneOrSpaces() {
        String phone = """
                {"type": "textfield", "key": "phone", "validate": {"validationType": "phone"}}""";

        assertThat(validate(Map.of("phone", "+33123456789"), phone).valid()).isTrue();
        assertThat(validate(Map.of("phone", "0033123456789"), phone).valid()).isTrue();
        assertThat(validate(Map.of("phone", "01 23 45 67 89"), phone).errors()).containsExactly(error("phone", "phone"));
        assertThat(validate(Map.of("phone", "0123456789"), phone).errors()).containsExactly(error("phone", "phone"));
    }

    @Test
    void aValueThatIsNotTextIsATypeErrorForATextfield() {
        FormValidationResult result = validate(Map.of("name", 42), REQUIRED_NAME);

        assertThat(result.errors()).containsExactly(error("name", "type"));
        assertThat(result.values()).isEmpty();
    }

    @Test
    void aTextareaFollowsTheSameRulesAsATextfield() {
        FormValidationResult result = validate(Map.of("comment", "short"), """
                {"type": "textarea", "key": "comment", "validate": {"required": true, "minLength": 10, "pattern": "[a-z ]+"}}""");

        assertThat(result.errors()).containsExactly(error("comment", "minLength", 10));
    }
}
