package org.accolade.tasks;

import static org.accolade.tasks.TestForms.withComponents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormDefinitionTest {

    private static final String NARRATIVE = """
            {"label": "Your story", "description": "What you did", "type": "textarea", "id": "Field_narrative",
             "key": "narrative", "layout": {"row": "Row_narrative", "columns": null},
             "validate": {"required": true, "minLength": 30, "maxLength": 5000}}""";

    @Test
    void parseReadsTheIdTheComponentsAndTheirRules() {
        FormDefinition form = withComponents(NARRATIVE);

        assertThat(form.id()).isEqualTo("test");
        assertThat(form.components()).singleElement().satisfies(narrative -> {
            assertThat(narrative.id()).isEqualTo("Field_narrative");
            assertThat(narrative.type()).isEqualTo("textarea");
            assertThat(narrative.key()).isEqualTo("narrative");
            assertThat(narrative.label()).isEqualTo("Your story");
            assertThat(narrative.description()).isEqualTo("What you did");
            assertThat(narrative.rules()).isEqualTo(new FormRules(true, 30, 5000, null, null, null, null));
        });
    }

    @Test
    void parseKeepsTheJsonAsWrittenForClients() {
        String json = "{\"id\": \"x\", \"components\": []}";

        assertThat(FormDefinition.parse(json).json()).isSameAs(json);
    }

    @Test
    void textThatIsNotJsonIsAnInvalidForm() {
        assertThatThrownBy(() -> FormDefinition.parse("{\"id\": \"x\", "))
                .isInstanceOf(InvalidFormException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aDocumentThatIsNotAnObjectIsAnInvalidForm() {
        assertThatThrownBy(() -> FormDefinition.parse("[]")).isInstanceOf(InvalidFormException.class);
        assertThatThrownBy(() -> FormDefinition.parse(null)).isInstanceOf(InvalidFormException.class);
    }

    @Test
    void aFormWithoutIdIsAnInvalidForm() {
        assertThatThrownBy(() -> FormDefinition.parse("{\"components\": []}"))
                .isInstanceOf(InvalidFormException.class)
                .hasMessageContaining("no id");
    }

    @Test
    void fieldsAreFoundThroughGroupsButNotInsideDynamicLists() {
        FormDefinition form = withComponents("""
                {"type": "text", "text": "Hello"}""", """
                {"type": "group", "components": [{"type": "textfield", "key": "name"},
                  {"type": "group", "path": "address", "components": [{"type": "textfield", "key": "city"}]}]}""", """
                {"type": "dynamiclist", "path": "items", "components": [{"type": "textfield", "key": "url"}]}""");

        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("name", "city", "items");
    }

    @Test
    void aDynamicListIsKeyedByItsPath() {
        FormComponent list = withComponents("""
                {"type": "dynamiclist", "path": "items", "components": [{"type": "textfield", "key": "url"}]}""")
                .components().get(0);

        assertThat(list.key()).isEqualTo("items");
        assertThat(list.path()).isEqualTo("items");
        assertThat(list.components()).extracting(FormComponent::key).containsExactly("url");
    }

    @Test
    void attributesTheRecordDoesNotModelAreKeptAsPropertiesForTheRenderer() {
        FormComponent date = withComponents("""
                {"type": "datetime", "key": "when", "subtype": "date", "dateLabel": "Day",
                 "layout": {"row": "Row_when", "columns": 8}, "conditional": null}""").components().get(0);

        assertThat(date.properties()).containsEntry("subtype", "date").containsEntry("dateLabel", "Day")
                .containsEntry("layout", Map.of("row", "Row_when", "columns", 8)).containsEntry("conditional", null)
                .doesNotContainKeys("type", "key");
    }

    @Test
    void customPropertiesAreReadAsTextAndMaxItemsAsANumber() {
        FormComponent list = withComponents("""
                {"type": "dynamiclist", "path": "items", "properties": {"maxItems": "20", "hint": 3}}""")
                .components().get(0);

        assertThat(list.customProperties()).containsExactly(Map.entry("maxItems", "20"), Map.entry("hint", "3"));
        assertThat(list.maxItems()).isEqualTo(20);
        assertThat(withComponents("{\"type\": \"dynamiclist\", \"path\": \"items\"}").components().get(0).maxItems())
                .isNull();
    }

    @Test
    void rulesWrittenAsFeelExpressionsAreLeftOutAsTheServerCannotEvaluateThem() {
        FormComponent amount = withComponents("""
                {"type": "number", "key": "amount", "validate": {"min": "=minimum", "max": 10.5, "minLength": "=x"}}""")
                .components().get(0);

        assertThat(amount.rules()).isEqualTo(new FormRules(false, null, null, null, null, null, new BigDecimal("10.5")));
    }

    @Test
    void staticValuesBecomeOptionsAndADefaultValueIsKeptAsWritten() {
        FormComponent decision = withComponents("""
                {"type": "radio", "key": "decision", "defaultValue": "accept",
                 "values": [{"label": "Accept", "value": "accept"}, {"label": "Decline", "value": "decline"}]}""")
                .components().get(0);

        assertThat(decision.values()).containsExactly(new FormOption("Accept", "accept"),
                new FormOption("Decline", "decline"));
        assertThat(decision.defaultValue()).isEqualTo("accept");
    }

    @Test
    void aDisabledComponentIsReadonly() {
        List<FormComponent> components = withComponents("""
                {"type": "textfield", "key": "a", "disabled": true}""", """
                {"type": "textfield", "key": "b", "readonly": true}""", """
                {"type": "textfield", "key": "c", "readonly": "=locked"}""").components();

        assertThat(components).extracting(FormComponent::readonly).containsExactly(true, true, false);
    }
}
