package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.accolade.tasks.TestForms.validate;
import static org.accolade.tasks.TestForms.withComponents;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormValidatorStructureTest {

    private static final String NAME = """
            {"type": "textfield", "key": "name", "validate": {"required": true}}""";

    private static final String ADDRESS = """
            {"type": "group", "path": "address", "components": [
              {"type": "textfield", "key": "city", "validate": {"required": true}}
            ]}""";

    private static final String ITEMS = """
            {"type": "dynamiclist", "path": "items", "isRepeating": true, "properties": {"maxItems": "2"},
             "components": [
               {"type": "textfield", "key": "name", "validate": {"required": true}},
               {"type": "textfield", "key": "url", "validate": {"pattern": "https?://\\\\S+"}}
             ]}""";

    @Test
    void aKeyTheFormDoesNotKnowIsReportedAsUnknownAndNotKept() {
        FormValidationResult result = validate(Map.of("name", "Alice", "role", "admin"), NAME);

        assertThat(result.errors()).containsExactly(error("role", "unknown"));
        assertThat(result.values()).containsOnlyKeys("name");
    }

    @Test
    void fieldsOfAGroupWithoutPathSitAtTheTopLevel() {
        FormValidationResult result = validate(Map.of("name", "Alice"), """
                {"type": "group", "label": "You", "components": [%s]}""".formatted(NAME));

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsExactly(Map.entry("name", "Alice"));
    }

    @Test
    void aGroupWithAPathNestsItsValuesAndNamesItsErrorsByPath() {
        assertThat(validate(Map.of("address", Map.of("city", " Lyon ")), ADDRESS).values())
                .isEqualTo(Map.of("address", Map.of("city", "Lyon")));
        assertThat(validate(Map.of("address", Map.of()), ADDRESS).errors())
                .containsExactly(error("address.city", "required"));
    }

    @Test
    void aGroupPathHoldingSomethingOtherThanAnObjectIsATypeError() {
        assertThat(validate(Map.of("address", "Lyon"), ADDRESS).errors()).containsExactly(error("address", "type"));
    }

    @Test
    void anUnknownKeyInsideAGroupPathIsReportedWithItsPath() {
        FormValidationResult result = validate(Map.of("address", Map.of("city", "Lyon", "zip", "69001")), ADDRESS);

        assertThat(result.errors()).containsExactly(error("address.zip", "unknown"));
    }

    @Test
    void aDottedKeyNestsItsValueAsInFormJs() {
        String city = """
                {"type": "textfield", "key": "address.city"}""";

        assertThat(validate(Map.of("address", Map.of("city", "Lyon")), city).values())
                .isEqualTo(Map.of("address", Map.of("city", "Lyon")));
        assertThat(validate(Map.of("address", Map.of("city", "Lyon", "zip", "69001")), city).errors())
                .containsExactly(error("address.zip", "unknown"));
    }

    @Test
    void aDynamicListValidatesEachItemAndNamesErrorsByIndex() {
        FormValidationResult result = validate(Map.of("items", List.of(
                Map.of("name", "Report", "url", "https://example.org/report"),
                Map.of("name", " ", "url", "ftp://example.org"))), ITEMS);

        assertThat(result.errors()).containsExactly(error("items[1].name", "required"),
                error("items[1].url", "pattern", "https?://\\S+"));
        assertThat(result.values().get("items")).isEqualTo(List.of(
                Map.of("name", "Report", "url", "https://example.org/report"), Map.of("url", "ftp://example.org")));
    }

    @Test
    void aDynamicListThatIsNotAListIsATypeError() {
        assertThat(validate(Map.of("items", Map.of("name", "Report")), ITEMS).errors())
                .containsExactly(error("items", "type"));
    }

    @Test
    void aDynamicListItemThatIsNotAnObjectIsATypeError() {
        assertThat(validate(Map.of("items", List.of("Report")), ITEMS).errors())
                .containsExactly(error("items[0]", "type"));
    }

    @Test
    void aDynamicListWithMoreItemsThanItsMaxItemsIsReported() {
        Map<String, String> item = Map.of("name", "Report");

        assertThat(validate(Map.of("items", List.of(item, item, item)), ITEMS).errors())
                .containsExactly(error("items", "maxItems", 2));
    }

    @Test
    void anUnknownKeyInADynamicListItemIsReportedWithItsIndex() {
        FormValidationResult result = validate(
                Map.of("items", List.of(Map.of("name", "Report"), Map.of("name", "Video", "size", 12))), ITEMS);

        assertThat(result.errors()).containsExactly(error("items[1].size", "unknown"));
    }

    @Test
    void nestedDynamicListsNameErrorsByBothIndexes() {
        FormValidationResult result = validate(Map.of("rounds", List.of(
                Map.of("votes", List.of(Map.of("juror", "claire"))),
                Map.of("votes", List.of(Map.of("juror", "david"), Map.of())))), """
                {"type": "dynamiclist", "path": "rounds", "components": [
                  {"type": "dynamiclist", "path": "votes", "components": [
                    {"type": "textfield", "key": "juror", "validate": {"required": true}}
                  ]}
                ]}""");

        assertThat(result.errors()).containsExactly(error("rounds[1].votes[1].juror", "required"));
    }

    @Test
    void displayOnlyComponentsHoldNoValueAndPass() {
        FormValidationResult result = validate(Map.of(), """
                {"type": "text", "text": "# Hello"}""", """
                {"type": "html", "content": "<p>Hello</p>"}""", """
                {"type": "image", "source": "https://example.org/logo.png"}""", """
                {"type": "separator"}""", """
                {"type": "spacer", "height": 60}""", """
                {"type": "button", "action": "submit", "label": "Send"}""");

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).isEmpty();
    }

    @Test
    void anUnknownComponentTypeDoesNotCrashValidationAndItsValueIsNotKept() {
        FormValidationResult result = validate(Map.of("name", "Alice", "signature", "data:image/png"), NAME, """
                {"type": "signaturePad", "key": "signature", "validate": {"required": true}, "components": "odd"}""");

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsOnlyKeys("name");
    }

    @Test
    void aReadonlyOrDisabledFieldKeepsItsDefaultWhateverIsSubmitted() {
        FormValidationResult result = validate(Map.of("round", "99", "source", "forged"), """
                {"type": "textfield", "key": "round", "readonly": true, "defaultValue": "1"}""", """
                {"type": "textfield", "key": "source", "disabled": true, "defaultValue": "web"}""");

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsExactly(Map.entry("round", "1"), Map.entry("source", "web"));
    }

    @Test
    void anAbsentFieldTakesItsDefaultValue() {
        FormValidationResult result = validate(Map.of(), """
                {"type": "number", "key": "rounds", "defaultValue": 3, "validate": {"required": true}}""");

        assertThat(result.valid()).isTrue();
        assertThat(result.values()).containsEntry("rounds", 3L);
    }

    @Test
    void errorsFollowTheOrderOfTheFormWithUnknownKeysLast() {
        Map<String, Object> values = new HashMap<>();
        values.put("zzz", "?");
        values.put("address", Map.of());
        FormValidationResult result = validate(values, NAME, ADDRESS);

        assertThat(result.errors()).extracting(FormFieldError::field).containsExactly("name", "address.city", "zzz");
    }

    @Test
    void missingValuesAndInputDataCountAsEmpty() {
        FormValidationResult result = new FormValidator().validate(withComponents(NAME), null, null);

        assertThat(result.errors()).containsExactly(error("name", "required"));
    }

    @Test
    void aNullValueCountsAsAbsent() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", null);

        assertThat(validate(values, NAME).errors()).containsExactly(error("name", "required"));
    }

    @Test
    void theResultCannotBeChangedByItsReader() {
        FormValidationResult result = validate(Map.of("name", "Alice"), NAME);

        assertThat(result.values()).isUnmodifiable();
        assertThat(result.errors()).isUnmodifiable();
    }
}
