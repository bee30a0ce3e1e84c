package org.accolade.tasks.render;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Each form-js type becomes its Vaadin component, labelled in the person's language from the bundles, prefilled
 * from the data, and read-only when the form says so. The tests speak French to see the translations at work.
 */
class ComponentTypesTest extends RendererTest {

    @BeforeEach
    void speakFrench() {
        speak(Locale.FRENCH);
    }

    /** A read-only field of this type with key "answer", label "Answer" and the given attributes. */
    private static String readonlyField(String type, String attributes) {
        return """
                {"type": "%s", "id": "Field_answer", "key": "answer", "label": "Answer", "readonly": true,
                 "description": "What you think", "validate": {"required": true} %s}
                """.formatted(type, attributes.isEmpty() ? "" : ", " + attributes);
    }

    private void translateAnswer() {
        translate("form.showcase.answer", "Answer", "Réponse");
        translate("form.showcase.answer.description", "What you think", "Ce que vous pensez");
    }

    @Test
    void aTextfieldIsATextFieldWithItsTranslatedLabelDescriptionPrefilledValueAndReadonlyState() {
        translateAnswer();
        show(showcase(readonlyField("textfield", "")), Map.of("answer", "Lyon"));

        TextField field = _get(TextField.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getHelperText()).isEqualTo("Ce que vous pensez");
        assertThat(field.getValue()).isEqualTo("Lyon");
        assertThat(field.isReadOnly()).isTrue();
        assertThat(field.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void aTextfieldForEmailIsAnEmailField() {
        translateAnswer();
        show(showcase(readonlyField("textfield", "\"validate\": {\"validationType\": \"email\"}")),
                Map.of("answer", "alice@example.org"));

        EmailField field = _get(EmailField.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getValue()).isEqualTo("alice@example.org");
        assertThat(field.isReadOnly()).isTrue();
        _find(TextField.class).forEach(other -> assertThat(other).isInstanceOf(EmailField.class));
    }

    @Test
    void aTextareaIsATextArea() {
        translateAnswer();
        show(showcase(readonlyField("textarea", "")), Map.of("answer", "A long story"));

        TextArea field = _get(TextArea.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getValue()).isEqualTo("A long story");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aNumberIsANumberFieldWithItsMinimumMaximumAndIncrement() {
        translateAnswer();
        show(showcase(readonlyField("number",
                "\"increment\": \"5\", \"validate\": {\"min\": 0, \"max\": 100}")), Map.of("answer", 35));

        NumberField field = _get(NumberField.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getValue()).isEqualTo(35.0);
        assertThat(field.getMin()).isEqualTo(0.0);
        assertThat(field.getMax()).isEqualTo(100.0);
        assertThat(field.getStep()).isEqualTo(5.0);
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aNumberWithDecimalDigitsStepsByItsLastDigit() {
        show(showcase("""
                {"type": "number", "id": "Field_price", "key": "price", "label": "Price", "decimalDigits": 2}
                """), Map.of("price", "12.5"));

        NumberField field = _get(NumberField.class);
        assertThat(field.getStep()).isEqualTo(0.01);
        assertThat(field.getValue()).isEqualTo(12.5);
    }

    @Test
    void aCheckboxIsACheckbox() {
        translateAnswer();
        show(showcase(readonlyField("checkbox", "")), Map.of("answer", true));

        Checkbox field = _get(Checkbox.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getHelperText()).isEqualTo("Ce que vous pensez");
        assertThat(field.getValue()).isTrue();
        assertThat(field.isReadOnly()).isTrue();
    }

    private static final String COLOURS = """
            "values": [{"label": "Red", "value": "red"}, {"label": "Green", "value": "green"},
                       {"label": "Blue", "value": "blue"}]""";

    private void translateColours() {
        translateAnswer();
        translate("form.showcase.answer.red", "Red", "Rouge");
        translate("form.showcase.answer.green", "Green", "Vert");
        translate("form.showcase.answer.blue", "Blue", "Bleu");
    }

    @Test
    void aChecklistIsACheckboxGroupWithTranslatedOptions() {
        translateColours();
        show(showcase(readonlyField("checklist", COLOURS)), Map.of("answer", List.of("green", "blue")));

        CheckboxGroup<String> field = _get(CheckboxGroup.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(CheckboxGroupKt.getItemLabels(field)).containsExactly("Rouge", "Vert", "Bleu");
        assertThat(field.getValue()).containsExactlyInAnyOrder("green", "blue");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aRadioIsARadioButtonGroupWithTranslatedOptions() {
        translateColours();
        show(showcase(readonlyField("radio", COLOURS)), Map.of("answer", "green"));

        RadioButtonGroup<String> field = _get(RadioButtonGroup.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(RadioButtonsKt.getItemLabels(field)).containsExactly("Rouge", "Vert", "Bleu");
        assertThat(field.getValue()).isEqualTo("green");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aSelectIsASelectWithTranslatedOptions() {
        translateColours();
        show(showcase(readonlyField("select", COLOURS)), Map.of("answer", "blue"));

        Select<String> field = _get(Select.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(ComboBoxKt.getSuggestions(field)).containsExactly("Rouge", "Vert", "Bleu");
        assertThat(field.getValue()).isEqualTo("blue");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aSearchableSelectIsAComboBox() {
        translateColours();
        show(showcase(readonlyField("select", COLOURS + ", \"searchable\": true")), Map.of("answer", "red"));

        ComboBox<String> field = _get(ComboBox.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(ComboBoxKt.getSuggestions(field)).containsExactly("Rouge", "Vert", "Bleu");
        assertThat(field.getValue()).isEqualTo("red");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aTaglistIsAMultiSelectComboBox() {
        translateColours();
        show(showcase(readonlyField("taglist", COLOURS)), Map.of("answer", List.of("red", "blue")));

        MultiSelectComboBox<String> field = _get(MultiSelectComboBox.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(MultiselectComboBoxUtilsKt.getSuggestions(field)).containsExactly("Rouge", "Vert", "Bleu");
        assertThat(field.getValue()).containsExactlyInAnyOrder("red", "blue");
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aDateIsADatePicker() {
        translate("form.showcase.answer", "Answer", "Réponse");
        show(showcase("""
                {"type": "datetime", "subtype": "date", "id": "Field_answer", "key": "answer",
                 "dateLabel": "Answer", "readonly": true}"""), Map.of("answer", "2025-12-31"));

        DatePicker field = _get(DatePicker.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aTimeIsATimePickerWithTheFormsInterval() {
        translate("form.showcase.answer", "Answer", "Réponse");
        show(showcase("""
                {"type": "datetime", "subtype": "time", "id": "Field_answer", "key": "answer",
                 "timeLabel": "Answer", "timeInterval": 30, "readonly": true}"""), Map.of("answer", "14:30"));

        TimePicker field = _get(TimePicker.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getValue()).isEqualTo(LocalTime.of(14, 30));
        assertThat(field.getStep()).hasMinutes(30);
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aDateAndTimeIsADateTimePicker() {
        translate("form.showcase.answer", "Answer", "Réponse");
        translate("form.showcase.answer.time", "At", "À");
        show(showcase("""
                {"type": "datetime", "subtype": "datetime", "id": "Field_answer", "key": "answer",
                 "dateLabel": "Answer", "timeLabel": "At", "readonly": true}"""),
                Map.of("answer", "2025-12-31T14:30"));

        DateTimePicker field = _get(DateTimePicker.class);
        assertThat(field.getLabel()).isEqualTo("Réponse");
        assertThat(field.getTimeAriaLabel()).contains("À");
        assertThat(field.getValue()).isEqualTo(LocalDateTime.of(2025, 12, 31, 14, 30));
        assertThat(field.isReadOnly()).isTrue();
    }

    @Test
    void aSeparatorIsARuleAndASpacerAnEmptySpaceOfItsHeight() {
        show(showcase("""
                {"type": "separator", "id": "Field_line"}""", """
                {"type": "spacer", "id": "Field_space", "height": 40}"""));

        assertThat(_find(Hr.class)).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withPredicate(div -> "40px".equals(div.getHeight()))))
                .hasSize(1);
    }

    @Test
    void aFieldIsEditableUnlessTheFormSaysReadonlyAndDisabledWhenItSaysDisabled() {
        show(showcase("""
                {"type": "textfield", "id": "Field_free", "key": "free", "label": "Free"}""", """
                {"type": "textfield", "id": "Field_off", "key": "off", "label": "Off", "disabled": true}"""));

        TextField free = _get(TextField.class, spec -> spec.withLabel("Free"));
        TextField off = _get(TextField.class, spec -> spec.withLabel("Off"));
        assertThat(free.isReadOnly()).isFalse();
        assertThat(free.isEnabled()).isTrue();
        assertThat(off.isEnabled()).isFalse();
    }

    @Test
    void aFieldWithoutDataShowsTheFormsDefault() {
        show(showcase("""
                {"type": "textfield", "id": "Field_city", "key": "city", "label": "City", "defaultValue": "Paris"}"""));

        assertThat(_get(TextField.class).getValue()).isEqualTo("Paris");
    }

    @Test
    void eachFieldHandsItsValueOverAsTheApiTakesIt() {
        var form = show(showcase("""
                {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}""", """
                {"type": "number", "id": "Field_count", "key": "count", "label": "Count"}""", """
                {"type": "checkbox", "id": "Field_agree", "key": "agree", "label": "Agree"}""", """
                {"type": "checklist", "id": "Field_colours", "key": "colours", "label": "Colours", %s}"""
                .formatted(COLOURS), """
                {"type": "datetime", "subtype": "date", "id": "Field_day", "key": "day", "dateLabel": "Day"}""", """
                {"type": "datetime", "subtype": "datetime", "id": "Field_at", "key": "at", "dateLabel": "At"}"""));

        _setValue(_get(TextField.class), "  Ada  ");
        _setValue(_get(NumberField.class), 3.0);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Agree")), true);
        _setValue(_get(CheckboxGroup.class), Set.of("blue", "red"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Day")), LocalDate.of(2025, 12, 31));
        _setValue(_get(DateTimePicker.class), LocalDateTime.of(2025, 12, 31, 14, 30));

        assertThat(form.validate()).contains(Map.of("name", "Ada", "count", 3L, "agree", true,
                "colours", List.of("red", "blue"), "day", "2025-12-31", "at", "2025-12-31T14:30"));
    }

    @Test
    void theLayoutIsOneColumnOnAPhoneAndKeepsTheFormsRows() {
        show(showcase("""
                {"type": "textfield", "id": "Field_a", "key": "a", "label": "A", "layout": {"row": "r1", "columns": 8}}
                """, """
                {"type": "textfield", "id": "Field_b", "key": "b", "label": "B", "layout": {"row": "r1", "columns": null}}
                """, """
                {"type": "textfield", "id": "Field_c", "key": "c", "label": "C", "layout": {"row": "r2", "columns": 4}}
                """));

        FormLayout layout = _get(FormLayout.class);
        assertThat(layout.getResponsiveSteps().get(0).toJson().getNumber("columns")).isEqualTo(1);
        assertThat(layout.getColspan(_get(TextField.class, spec -> spec.withLabel("A")))).isEqualTo(8);
        assertThat(layout.getColspan(_get(TextField.class, spec -> spec.withLabel("B")))).isEqualTo(8);
        assertThat(layout.getColspan(_get(TextField.class, spec -> spec.withLabel("C")))).isEqualTo(4);
        assertThat(layout.getElement().getChildren().filter(child -> "br".equals(child.getTag()))).hasSize(1);
    }
}
