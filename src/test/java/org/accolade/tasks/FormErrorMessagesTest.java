package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.accolade.tasks.internal.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormErrorMessagesTest {

    private final FormErrorMessages messages = new FormErrorMessages(messageSource("UTF-8"));

    /** Every code the validator reports, read with both encodings Spring may use for the bundles. */
    static Stream<Arguments> codesAndEncodings() {
        return Arrays.stream(ErrorCode.values()).flatMap(code -> Stream.of(
                Arguments.of(code.code(), "UTF-8"), Arguments.of(code.code(), "ISO-8859-1")));
    }

    @ParameterizedTest
    @MethodSource("codesAndEncodings")
    void everyErrorCodeHasItsOwnEnglishAndFrenchMessage(String code, String encoding) {
        FormErrorMessages messages = new FormErrorMessages(messageSource(encoding));
        List<FormFieldError> errors = List.of(error("field", code, 2, 1, 3));

        String english = messages.describe(errors, Locale.ENGLISH).get("field");
        String french = messages.describe(errors, Locale.FRENCH).get("field");

        assertThat(english).isNotBlank().doesNotContain("{", "validation.").isNotEqualTo("This value is not valid.");
        assertThat(french).isNotBlank().doesNotContain("{", "validation.").isNotEqualTo("Cette valeur n\u2019est pas valide.")
                .isNotEqualTo(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "ISO-8859-1"})
    void frenchAccentsReadTheSameWithEitherEncoding(String encoding) {
        FormErrorMessages messages = new FormErrorMessages(messageSource(encoding));

        assertThat(messages.describe(List.of(error("narrative", "minLength", 30)), Locale.FRENCH))
                .containsEntry("narrative", "Au moins 30 caract\u00e8res.");
    }

    @Test
    void aRequiredFieldReadsInTheCallersLanguage() {
        List<FormFieldError> errors = List.of(error("narrative", "required"));

        assertThat(messages.describe(errors, Locale.ENGLISH)).containsEntry("narrative", "This field is required.");
        assertThat(messages.describe(errors, Locale.FRANCE)).containsEntry("narrative", "Ce champ est obligatoire.");
    }

    @Test
    void describeGivesOneSentencePerFieldInTheOrderOfTheErrors() {
        List<FormFieldError> errors = List.of(error("nomineeEmail", "required"), error("items[1].url", "pattern", "x"),
                error("items[1].url", "maxLength", 20));

        assertThat(messages.describe(errors, Locale.ENGLISH)).containsExactly(
                Map.entry("nomineeEmail", "This field is required."),
                Map.entry("items[1].url", "This value does not have the expected format. At most 20 characters."));
    }

    @Test
    void decimalDigitsOfZeroAskForAWholeNumber() {
        assertThat(messages.describe(List.of(error("amount", "decimalDigits", 0)), Locale.ENGLISH))
                .containsEntry("amount", "Enter a whole number.");
        assertThat(messages.describe(List.of(error("amount", "decimalDigits", 2)), Locale.FRENCH))
                .containsEntry("amount", "Au plus 2 d\u00e9cimales.");
    }

    @Test
    void aCodeWithoutMessageFallsBackOnTheGenericOne() {
        assertThat(messages.describe(List.of(error("x", "somethingNew")), Locale.FRENCH))
                .containsEntry("x", "Cette valeur n\u2019est pas valide.");
    }

    private static ResourceBundleMessageSource messageSource(String encoding) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/validation");
        source.setDefaultEncoding(encoding);
        // as in application.yml: English is the base bundle, whatever the machine's language
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
