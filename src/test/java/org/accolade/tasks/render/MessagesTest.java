package org.accolade.tasks.render;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.tasks.FormDefinition;
import org.accolade.tasks.FormFieldError;
import org.accolade.tasks.RenderedForm;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextField;

/** What the renderer tells the person: texts from the form, notices, and the refusals of services. */
class MessagesTest extends RendererTest {

    private static final FormDefinition WITH_UNKNOWN = showcase("""
            {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}""", """
            {"type": "filepicker", "id": "Field_file", "key": "file", "label": "Attachment"}""");

    @Test
    void aComponentOfAnUnknownTypeIsShownAsANoticeAndTheRestOfTheFormWorks() {
        RenderedForm form = show(WITH_UNKNOWN, Map.of("name", "Ada"));

        assertThat(wordsOf(form))
                .contains("This form contains a field of type “filepicker” that cannot be shown here.");
        assertThat(form.validate()).contains(Map.of("name", "Ada"));
    }

    @Test
    void theUnknownTypeNoticeSpeaksFrench() {
        speak(Locale.FRENCH);
        RenderedForm form = show(WITH_UNKNOWN);

        assertThat(wordsOf(form))
                .contains("Ce formulaire contient un champ de type « filepicker » qui ne peut pas être affiché ici.");
    }

    @Test
    void aTextIsMarkdownWithItsPlaceholdersFilledFromTheData() {
        show(showcase("""
                {"type": "text", "id": "Field_intro", "text": "## Nominated for **{{ badgeName }}**\\n\\nBy {{nominator.name}}."}
                """), Map.of("badgeName", "Citoyen", "nominator", Map.of("name", "Alice")));

        assertThat(_get(Markdown.class).getContent())
                .isEqualTo("## Nominated for **Citoyen**\n\nBy Alice.");
    }

    @Test
    void aTextIsTranslatedBeforeItsPlaceholdersAreFilled() {
        speak(Locale.FRENCH);
        translate("form.showcase.text.Field_intro", "Nominated for {{ badgeName }}", "Nommé·e pour {{ badgeName }}");
        show(showcase("""
                {"type": "text", "id": "Field_intro", "text": "Nominated for {{ badgeName }}"}"""),
                Map.of("badgeName", "Citoyen"));

        assertThat(_get(Markdown.class).getContent()).isEqualTo("Nommé·e pour Citoyen");
    }

    @Test
    void aTextNeverCarriesHtmlFromTheFormOrMarkupFromTheData() {
        show(showcase("""
                {"type": "text", "id": "Field_intro", "text": "<script>alert(1)</script> Hello {{ name }}"}"""),
                Map.of("name", "[click](https://evil.example) <img src=x>"));

        String content = _get(Markdown.class).getContent();
        assertThat(content).doesNotContain("<script>", "<img", "](");
        assertThat(content).startsWith("&lt;script>");
        assertThat(content).endsWith("\\[click\\]\\(https\\:\\/\\/evil\\.example\\) &lt;img src\\=x\\>");
    }

    @Test
    void showErrorsPutsEachErrorOfAServiceNextToItsField() {
        RenderedForm form = show(showcase("""
                {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}""", """
                {"type": "textfield", "id": "Field_city", "key": "city", "label": "City"}"""));

        form.showErrors(List.of(new FormFieldError("city", "maxLength", List.of(3)),
                new FormFieldError("ghost", "unknown", List.of())));

        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).isInvalid()).isFalse();
        TextField city = _get(TextField.class, spec -> spec.withLabel("City"));
        assertThat(city.isInvalid()).isTrue();
        assertThat(city.getErrorMessage()).isEqualTo("At most 3 characters.");
        assertThat(_find(form, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("This field is not part of the form.");
    }

    @Test
    void showErrorPutsAServicesRefusalNextToItsField() {
        RenderedForm form = show(showcase("""
                {"type": "textfield", "id": "Field_email", "key": "nomineeEmail", "label": "Email"}"""));

        form.showError("nomineeEmail", "A nomination of this person for “Citoyen” is already open.");

        TextField email = _get(TextField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("A nomination of this person for “Citoyen” is already open.");
        assertThat(_find(form, Paragraph.class)).isEmpty();
    }

    @Test
    void showErrorForAFieldTheFormDoesNotHaveShowsAtTheTopOfTheForm() {
        RenderedForm form = show(showcase("""
                {"type": "textfield", "id": "Field_email", "key": "nomineeEmail", "label": "Email"}"""));

        form.showError("badgeClassId", "This badge is not open to nominations.");
        form.showError(null, "Something else went wrong.");

        assertThat(_get(TextField.class).isInvalid()).isFalse();
        assertThat(_find(form, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly("This badge is not open to nominations.", "Something else went wrong.");
    }

    @Test
    void aFieldsMessageGoesAwayWhenThePersonChangesIt() {
        RenderedForm form = show(showcase("""
                {"type": "textfield", "id": "Field_email", "key": "nomineeEmail", "label": "Email"}"""));
        form.showError("nomineeEmail", "Already nominated.");

        _setValue(_get(TextField.class), "bob@example.org");

        assertThat(_get(TextField.class).isInvalid()).isFalse();
    }
}
