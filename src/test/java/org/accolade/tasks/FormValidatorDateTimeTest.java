package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorDateTimeTest {

    private static final String DATE = """
            {"type": "datetime", "key": "when", "subtype": "date"}""";

    private static final String TIME = """
            {"type": "datetime", "key": "when", "subtype": "time"}""";

    private static final String DATETIME = """
            {"type": "datetime", "key": "when", "subtype": "datetime"}""";

    @Test
    void aDateFieldKeepsAnIsoDate() {
        FormValidationResult result = validate(Map.of("when", "2025-12-31"), DATE);

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("when", "2025-12-31");
    }

    @Test
    void aDateFieldRefusesAnotherFormatWithADateError() {
        assertThat(validate(Map.of("when", "31/12/2025"), DATE).errors()).containsExactly(error("when", "date"));
        assertThat(validate(Map.of("when", 20251231), DATE).errors()).containsExactly(error("when", "type"));
    }

    @Test
    void aTimeFieldTakesLocalAndOffsetTimesAndRefusesOthersWithATimeError() {
        assertThat(validate(Map.of("when", "14:30"), TIME).valid()).isTrue();
        assertThat(validate(Map.of("when", "12:30Z"), TIME).valid()).isTrue();
        assertThat(validate(Map.of("when", "14:30+02:00"), TIME).valid()).isTrue();
        assertThat(validate(Map.of("when", "2pm"), TIME).errors()).containsExactly(error("when", "time"));
    }

    @Test
    void aDatetimeFieldTakesLocalAndOffsetDateTimesAndRefusesADateAlone() {
        assertThat(validate(Map.of("when", "2025-12-31T14:30"), DATETIME).valid()).isTrue();
        assertThat(validate(Map.of("when", "2025-12-31T12:30Z"), DATETIME).valid()).isTrue();
        assertThat(validate(Map.of("when", "2025-12-31"), DATETIME).errors())
                .containsExactly(error("when", "datetime"));
    }

    @Test
    void aDatetimeWithoutSubtypeIsADateAsFormJsCreatesIt() {
        String noSubtype = """
                {"type": "datetime", "key": "when"}""";

        assertThat(validate(Map.of("when", "2025-12-31"), noSubtype).valid()).isTrue();
        assertThat(validate(Map.of("when", "14:30"), noSubtype).errors()).containsExactly(error("when", "date"));
    }

    @Test
    void aJavaTimeValueFromTheUiIsKeptAsItsIsoText() {
        FormValidationResult result = validate(Map.of("when", LocalDate.of(2025, 12, 31)), DATE);

        assertThat(result.values()).containsEntry("when", "2025-12-31");
    }
}
