package org.accolade.tasks.render;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.tasks.FormDefinition;
import org.accolade.tasks.RenderedForm;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

/** Each form-js rule, applied by the validator the API uses, shows its message next to its field. */
class ValidationRulesTest extends RendererTest {

    private static final FormDefinition RULES = showcase("""
            {"type": "textfield", "id": "Field_title", "key": "title", "label": "Title",
             "validate": {"required": true, "minLength": 5, "maxLength": 10}}""", """
            {"type": "textfield", "id": "Field_code", "key": "code", "label": "Code",
             "validate": {"pattern": "^[A-Z]{3}$"}}""", """
            {"type": "textfield", "id": "Field_email", "key": "email", "label": "Email",
             "validate": {"validationType": "email"}}""", """
            {"type": "number", "id": "Field_age", "key": "age", "label": "Age", "validate": {"min": 18, "max": 120}}""");

    private RenderedForm form;

    private TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    /** Every field valid but those a test breaks. */
    private RenderedForm showValid() {
        form = show(RULES, Map.of("title", "Hello", "code", "ABC", "email", "ada@example.org", "age", 30));
        return form;
    }

    @Test
    void aRequiredFieldLeftEmptyIsRequired() {
        show(RULES);

        assertThat(showValidated()).isFalse();
        assertThat(field("Title").isInvalid()).isTrue();
        assertThat(field("Title").getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    void aTextShorterThanTheMinimumLengthSaysHowLongItMustBe() {
        showValid();
        _setValue(field("Title"), "Hey");

        assertThat(form.validate()).isEmpty();
        assertThat(field("Title").getErrorMessage()).isEqualTo("At least 5 characters.");
    }

    @Test
    void aTextLongerThanTheMaximumLengthSaysHowLongItMayBe() {
        showValid();
        _setValue(field("Title"), "Far too long a title");

        assertThat(form.validate()).isEmpty();
        assertThat(field("Title").getErrorMessage()).isEqualTo("At most 10 characters.");
    }

    @Test
    void aTextOffThePatternIsRefused() {
        showValid();
        _setValue(field("Code"), "abc");

        assertThat(form.validate()).isEmpty();
        assertThat(field("Code").getErrorMessage()).isEqualTo("This value does not have the expected format.");
    }

    @Test
    void anAddressWithoutAnAtSignIsNotAnEmail() {
        showValid();
        _setValue(_get(EmailField.class), "ada.example.org");

        assertThat(form.validate()).isEmpty();
        assertThat(_get(EmailField.class).getErrorMessage())
                .isEqualTo("Enter a valid email address, such as name@example.org.");
    }

    @Test
    void aNumberBelowTheMinimumSaysTheMinimum() {
        showValid();
        _setValue(_get(NumberField.class), 12.0);

        assertThat(form.validate()).isEmpty();
        assertThat(_get(NumberField.class).getErrorMessage()).isEqualTo("Enter a value of at least 18.");
    }

    @Test
    void aNumberAboveTheMaximumSaysTheMaximum() {
        showValid();
        _setValue(_get(NumberField.class), 130.0);

        assertThat(form.validate()).isEmpty();
        assertThat(_get(NumberField.class).getErrorMessage()).isEqualTo("Enter a value of at most 120.");
    }

    @Test
    void theMessagesSpeakFrenchToAFrenchSpeaker() {
        speak(Locale.FRENCH);
        show(RULES, Map.of("code", "abc", "age", 12));

        assertThat(showValidated()).isFalse();
        assertThat(field("Title").getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(_get(NumberField.class).getErrorMessage()).isEqualTo("Saisissez une valeur d’au moins 18.");
    }

    @Test
    void validValuesComeBackNormalisedAndClearEarlierMessages() {
        showValid();
        _setValue(field("Title"), "Hey");
        assertThat(form.validate()).isEmpty();

        _setValue(field("Title"), "  Hello  ");

        assertThat(field("Title").isInvalid()).isFalse();
        assertThat(form.validate()).contains(
                Map.of("title", "Hello", "code", "ABC", "email", "ada@example.org", "age", 30L));
        assertThat(List.of(field("Title"), field("Code"))).noneMatch(TextField::isInvalid);
    }

    @Test
    void theFocusMovesToTheFirstFieldInError() {
        showValid();
        _setValue(field("Code"), "abc");
        _setValue(_get(NumberField.class), 12.0);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        form.validate();

        // Flow focuses just before its response to the browser
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(calls).filteredOn(call -> call.getInvocation().getExpression().contains("focus()"))
                .singleElement()
                .satisfies(call -> assertThat(call.getOwner()).isSameAs(field("Code").getElement().getNode()));
    }

    private boolean showValidated() {
        RenderedForm shown = _get(RenderedForm.class);
        return shown.validate().isPresent();
    }
}
