package org.accolade.tasks;

import static org.accolade.tasks.TestForms.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms in forms/, as Camunda Modeler opens them and as the lifecycle uses them (DESIGN.md, section 6). */
class FormFilesTest {

    private static final Map<String, Object> BADGE_CLASSES = Map.of("badgeClasses",
            List.of(Map.of("label", "Citoyen", "value", "citoyen"), Map.of("label", "Solidaire", "value", "solidaire")));

    private static final String STORY = "Ran the school's recycling club every week for a whole year.";

    private final FormValidator validator = new FormValidator();

    static Stream<Arguments> formsAndTheirFieldKeys() {
        return Stream.of(
                Arguments.of("nominate", List.of("badgeClassId", "nomineeEmail", "nomineeName", "narrative")),
                Arguments.of("request-badge", List.of("badgeClassId", "narrative")),
                Arguments.of("accept-nomination", List.of("decision", "publicConsent", "message")),
                Arguments.of("submit-evidence", List.of("narrative", "items")),
                Arguments.of("review-nomination", List.of("verdict", "comment")),
                Arguments.of("endorse", List.of("decision", "comment", "endorserName", "endorserRole")),
                Arguments.of("endorsement-missing", List.of("decision", "comment")));
    }

    static Stream<Arguments> formsAndAValidSubmission() {
        return Stream.of(
                Arguments.of("nominate", Map.of("badgeClassId", "citoyen", "nomineeEmail", "bob@example.org",
                        "nomineeName", "Bob", "narrative", STORY)),
                Arguments.of("request-badge", Map.of("badgeClassId", "solidaire", "narrative", STORY)),
                Arguments.of("accept-nomination", Map.of("decision", "accept", "publicConsent", true)),
                Arguments.of("submit-evidence", Map.of("narrative", STORY, "items", List.of(
                        Map.of("name", "Club minutes", "url", "https://example.org/minutes.pdf"),
                        Map.of("name", "Photo of the bins", "description", "Taken in June")))),
                Arguments.of("review-nomination", Map.of("verdict", "approve", "comment", "Clear and well documented.")),
                Arguments.of("endorse", Map.of("decision", "endorse", "comment", "We hire on this badge.",
                        "endorserName", "Paula Partner", "endorserRole", "Head of training")),
                Arguments.of("endorsement-missing", Map.of("decision", "close",
                        "comment", "No partner could confirm the work in time.")));
    }

    @ParameterizedTest
    @MethodSource("formsAndTheirFieldKeys")
    void eachFormParsesAndHasExactlyItsFieldKeys(String formId, List<String> keys) throws IOException {
        FormDefinition form = FormDefinition.parse(read(formId));

        assertThat(form.id()).isEqualTo(formId);
        assertThat(form.fields()).extracting(FormComponent::key).containsExactlyElementsOf(keys);
    }

    @ParameterizedTest
    @MethodSource("formsAndTheirFieldKeys")
    void eachFormIsWrittenAsCamundaModelerWritesItWithUniqueComponentIds(String formId) throws IOException {
        JsonNode form = new ObjectMapper().readTree(read(formId));

        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
        assertThat(form.path("exporter").path("version").asText()).isEqualTo("5.30.0");
        List<String> ids = componentIds(form.path("components"), new ArrayList<>());
        assertThat(ids).allMatch(id -> id.startsWith("Field_")).doesNotHaveDuplicates();
        assertThat(form.path("components").get(0).path("type").asText()).isEqualTo("text");
    }

    @ParameterizedTest
    @MethodSource("formsAndAValidSubmission")
    void aValidSubmissionOfEachFormPasses(String formId, Map<String, Object> values) throws IOException {
        FormValidationResult result = validator.validate(FormDefinition.parse(read(formId)), values, BADGE_CLASSES);

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsOnlyKeys(values.keySet().toArray(String[]::new));
    }

    @Test
    void nominateRequiresABadgeAnEmailAndAStoryOfThirtyCharacters() throws IOException {
        FormValidationResult result = validator.validate(FormDefinition.parse(read("nominate")),
                Map.of("nomineeEmail", "bob@", "narrative", "Great colleague."), BADGE_CLASSES);

        assertThat(result.errors()).containsExactly(error("badgeClassId", "required"),
                error("nomineeEmail", "email"), error("narrative", "minLength", 30));
    }

    @Test
    void acceptNominationKeepsConsentFalseUnlessTicked() throws IOException {
        FormValidationResult result = validator.validate(FormDefinition.parse(read("accept-nomination")),
                Map.of("decision", "decline"), Map.of());

        assertThat(result.values()).containsExactly(Map.entry("decision", "decline"), Map.entry("publicConsent", false));
    }

    @Test
    void submitEvidenceRefusesALinkThatIsNotAWebAddress() throws IOException {
        FormValidationResult result = validator.validate(FormDefinition.parse(read("submit-evidence")),
                Map.of("narrative", STORY, "items", List.of(Map.of("name", "Slides", "url", "https://example.org/s"),
                        Map.of("name", "Notes", "url", "file:///home/bob/notes.txt"))), Map.of());

        assertThat(result.errors()).extracting(FormFieldError::field, FormFieldError::code)
                .containsExactly(tuple("items[1].url", "pattern"));
    }

    @Test
    void submitEvidenceTakesAtMostTwentyItems() throws IOException {
        List<Map<String, String>> items = Collections.nCopies(21, Map.of("name", "Photo"));

        FormValidationResult result = validator.validate(FormDefinition.parse(read("submit-evidence")),
                Map.of("narrative", STORY, "items", items), Map.of());

        assertThat(result.errors()).containsExactly(error("items", "maxItems", 20));
    }

    @Test
    void reviewNominationTakesOnlyApproveReviseOrReject() throws IOException {
        FormValidationResult result = validator.validate(FormDefinition.parse(read("review-nomination")),
                Map.of("verdict", "abstain", "comment", "I know the nominee."), Map.of());

        assertThat(result.errors()).containsExactly(error("verdict", "option", "abstain"));
    }

    private static String read(String formId) throws IOException {
        return Files.readString(Path.of("forms", formId + ".form"));
    }

    private static List<String> componentIds(JsonNode components, List<String> ids) {
        components.forEach(component -> {
            ids.add(component.path("id").asText());
            componentIds(component.path("components"), ids);
        });
        return ids;
    }
}
