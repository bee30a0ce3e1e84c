package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorNumberTest {

    private static final String AMOUNT = """
            {"type": "number", "key": "amount"}""";

    @Test
    void wholeNumbersAreKeptAsLongAndOthersAsBigDecimal() {
        assertThat(validate(Map.of("amount", 3), AMOUNT).values()).containsEntry("amount", 3L);
        assertThat(validate(Map.of("amount", 3.0), AMOUNT).values()).containsEntry("amount", 3L);
        assertThat(validate(Map.of("amount", 2.50), AMOUNT).values()).containsEntry("amount", new BigDecimal("2.5"));
    }

    @Test
    void numericTextIsTakenAsANumberAsFormJsSerialisesLargeNumbersToText() {
        FormValidationResult result = validate(Map.of("amount", " 12.5 "), AMOUNT);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("amount", new BigDecimal("12.5"));
    }

    @Test
    void aValueThatIsNotANumberIsATypeError() {
        assertThat(validate(Map.of("amount", "twelve"), AMOUNT).errors()).containsExactly(error("amount", "type"));
        assertThat(validate(Map.of("amount", true), AMOUNT).errors()).containsExactly(error("amount", "type"));
        assertThat(validate(Map.of("amount", Double.NaN), AMOUNT).errors()).containsExactly(error("amount", "type"));
    }

    @Test
    void aNumberBelowMinIsReportedWithTheMinimum() {
        FormValidationResult result = validate(Map.of("amount", -1), """
                {"type": "number", "key": "amount", "validate": {"min": 0}}""");

        assertThat(result.errors()).containsExactly(error("amount", "min", new BigDecimal("0")));
    }

    @Test
    void aNumberAboveMaxIsReportedWithTheMaximum() {
        String percent = """
                {"type": "number", "key": "amount", "validate": {"max": 100}}""";

        assertThat(validate(Map.of("amount", 100), percent).valid()).isTrue();
        assertThat(validate(Map.of("amount", 100.5), percent).errors())
                .containsExactly(error("amount", "max", new BigDecimal("100")));
    }

    @Test
    void decimalDigitsLimitTheDigitsAfterThePoint() {
        String price = """
                {"type": "number", "key": "amount", "decimalDigits": 2}""";

        assertThat(validate(Map.of("amount", new BigDecimal("1.230")), price).valid()).isTrue();
        assertThat(validate(Map.of("amount", 1.234), price).errors()).containsExactly(error("amount", "decimalDigits", 2));
    }

    @Test
    void anIncrementAcceptsMultiplesAndNamesTheTwoNearestValidValues() {
        String halves = """
                {"type": "number", "key": "amount", "increment": "0.5"}""";

        assertThat(validate(Map.of("amount", 1.5), halves).valid()).isTrue();
        assertThat(validate(Map.of("amount", 1.2), halves).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("increment");
            assertThat(error.arguments()).extracting(Object::toString).containsExactly("0.5", "1.0", "1.5");
        });
        assertThat(validate(Map.of("amount", -1.2), halves).errors().get(0).arguments())
                .extracting(Object::toString).containsExactly("0.5", "-1.5", "-1.0");
    }
}
