package org.accolade.tasks.render;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.accolade.tasks.FormDefinition;
import org.accolade.tasks.FormFieldError;
import org.accolade.tasks.FormOption;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.RenderedForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Groups, dynamic lists and options from data: how values nest and where their messages go. */
class StructureTest extends RendererTest {

    @Autowired
    private FormRepository forms;

    private static final FormDefinition ADDRESS = showcase("""
            {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}""", """
            {"type": "group", "id": "Field_address", "path": "address", "label": "Address", "showOutline": true,
             "components": [
               {"type": "textfield", "id": "Field_city", "key": "city", "label": "City",
                "validate": {"required": true}},
               {"type": "textfield", "id": "Field_zip", "key": "zip", "label": "Postcode"}]}""");

    @Test
    void aGroupWithAPathIsALabelledSectionWhoseValuesNestUnderItsPath() {
        speak(Locale.FRENCH);
        translate("form.showcase.address", "Address", "Adresse");
        translate("form.showcase.address.city", "City", "Ville");
        RenderedForm form = show(ADDRESS, Map.of("name", "Ada", "address", Map.of("city", "Lyon")));

        FieldSet section = _get(FieldSet.class);
        assertThat(section.getLegendText()).isEqualTo("Adresse");
        TextField city = _get(section, TextField.class, spec -> spec.withLabel("Ville"));
        assertThat(city.getValue()).isEqualTo("Lyon");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Postcode")), "69001");
        assertThat(form.validate())
                .contains(Map.of("name", "Ada", "address", Map.of("city", "Lyon", "zip", "69001")));
    }

    @Test
    void anErrorInAGroupWithAPathShowsOnItsField() {
        RenderedForm form = show(ADDRESS, Map.of("name", "Ada"));

        assertThat(form.validate()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withLabel("City")).getErrorMessage())
                .isEqualTo("This field is required.");
    }

    @Test
    void aGroupWithoutAPathOnlyLaysOutItsFieldsAndIsLabelledByItsId() {
        speak(Locale.FRENCH);
        translate("form.showcase.group.Field_person", "Person", "Personne");
        RenderedForm form = show(showcase("""
                {"type": "group", "id": "Field_person", "label": "Person", "components": [
                  {"type": "textfield", "id": "Field_name", "key": "name", "label": "Name"}]}"""),
                Map.of("name", "Ada"));

        assertThat(_get(FieldSet.class).getLegendText()).isEqualTo("Personne");
        assertThat(form.validate()).contains(Map.of("name", "Ada"));
    }

    private RenderedForm evidence(Map<String, ?> data) {
        return show(forms.byId("submit-evidence"), data);
    }

    private static Map<String, Object> item(String name, String url) {
        return Map.of("name", name, "url", url);
    }

    @Test
    void aDynamicListAddsAndRemovesItemsAndHandsThemOverAsAList() {
        RenderedForm form = evidence(Map.of("narrative", "A story long enough for the jury to read it."));
        assertThat(_find(TextField.class, spec -> spec.withLabel("Name"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Add an item")));
        _click(_get(Button.class, spec -> spec.withText("Add an item")));
        _click(_get(Button.class, spec -> spec.withText("Add an item")));
        List<TextField> names = _find(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(names).hasSize(3);
        _setValue(names.get(0), "Poster");
        _setValue(names.get(1), "Report");
        _setValue(names.get(2), "Video");
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove item 2")));

        assertThat(_find(TextField.class, spec -> spec.withLabel("Name"))).hasSize(2);
        assertThat(_find(Button.class, spec -> spec.withAttribute("aria-label", "Remove item 3"))).isEmpty();
        assertThat(form.validate()).hasValueSatisfying(values -> assertThat(values.get("items"))
                .isEqualTo(List.of(Map.of("name", "Poster"), Map.of("name", "Video"))));
    }

    @Test
    void aDynamicListShowsThePrefilledItems() {
        evidence(Map.of("items", List.of(item("Poster", "https://example.org/poster"),
                item("Report", "https://example.org/report"))));

        assertThat(_find(TextField.class, spec -> spec.withLabel("Name")))
                .extracting(TextField::getValue).containsExactly("Poster", "Report");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Link")))
                .extracting(TextField::getValue)
                .containsExactly("https://example.org/poster", "https://example.org/report");
    }

    @Test
    void anErrorInAnItemShowsOnThatItemsField() {
        RenderedForm form = evidence(Map.of("narrative", "A story long enough for the jury to read it.",
                "items", List.of(item("Poster", "https://example.org/poster"), item("Report", "not a link"))));

        assertThat(form.validate()).isEmpty();

        List<TextField> links = _find(TextField.class, spec -> spec.withLabel("Link"));
        assertThat(links.get(0).isInvalid()).isFalse();
        assertThat(links.get(1).isInvalid()).isTrue();
        assertThat(links.get(1).getErrorMessage()).isEqualTo("This value does not have the expected format.");
    }

    @Test
    void theAddButtonStopsAtTheListsMaximum() {
        show(showcase("""
                {"type": "dynamiclist", "id": "Field_links", "path": "links", "label": "Links", "isRepeating": true,
                 "allowAddRemove": true, "defaultRepetitions": 1, "properties": {"maxItems": "2"},
                 "components": [{"type": "textfield", "id": "Field_url", "key": "url", "label": "URL"}]}"""));
        Button add = _get(Button.class, spec -> spec.withText("Add an item"));
        assertThat(_find(TextField.class)).hasSize(1);

        _click(add);

        assertThat(_find(TextField.class)).hasSize(2);
        assertThat(add.isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove item 1")));
        assertThat(add.isEnabled()).isTrue();
    }

    @Test
    void tooManyItemsFromAServiceShowBelowTheList() {
        RenderedForm form = evidence(Map.of());

        form.showErrors(List.of(new FormFieldError("items", "maxItems", List.of(20))));

        assertThat(_get(FieldSet.class).getElement().getTextRecursively()).contains("At most 20 items.");
    }

    @Test
    void aListThatIsNotRepeatingKeepsOneItemWithoutAddOrRemove() {
        RenderedForm form = show(showcase("""
                {"type": "dynamiclist", "id": "Field_links", "path": "links", "label": "Links", "isRepeating": false,
                 "components": [{"type": "textfield", "id": "Field_url", "key": "url", "label": "URL"}]}"""));

        assertThat(_find(TextField.class)).hasSize(1);
        assertThat(_find(Button.class)).isEmpty();
        _setValue(_get(TextField.class), "https://example.org");
        assertThat(form.validate()).contains(Map.of("links", List.of(Map.of("url", "https://example.org"))));
    }

    private static final FormDefinition BADGE = showcase("""
            {"type": "select", "id": "Field_badge", "key": "badge", "label": "Badge", "valuesKey": "badges",
             "validate": {"required": true}}""");

    @Test
    void aSelectTakesItsOptionsFromTheDataAsFormOptions() {
        RenderedForm form = show(BADGE, Map.of("badges",
                List.of(new FormOption("Citoyen", "b-1"), new FormOption("Solidaire", "b-2")), "badge", "b-2"));

        Select<String> select = _get(Select.class);
        assertThat(ComboBoxKt.getSuggestions(select)).containsExactly("Citoyen", "Solidaire");
        assertThat(select.getValue()).isEqualTo("b-2");
        assertThat(form.validate()).contains(Map.of("badge", "b-2"));
    }

    @Test
    void aSelectTakesItsOptionsFromTheDataAsLabelValueMaps() {
        RenderedForm form = show(BADGE, Map.of("badges",
                List.of(Map.of("label", "Citoyen", "value", "b-1"), Map.of("label", "Créatif", "value", "b-3"))));

        Select<String> select = _get(Select.class);
        assertThat(ComboBoxKt.getSuggestions(select)).containsExactly("Citoyen", "Créatif");
        ComboBoxKt.selectByLabel(select, "Créatif");
        assertThat(form.validate()).contains(Map.of("badge", "b-3"));
    }

    @Test
    void theNominateFormsBadgeIsASearchableComboBoxOfTheGivenBadges() {
        show(forms.byId("nominate"), Map.of("badgeClasses",
                List.of(Map.of("label", "Citoyen", "value", "b-1"), Map.of("label", "Solidaire", "value", "b-2"))));

        ComboBox<String> badge = _get(ComboBox.class, spec -> spec.withLabel("Badge"));
        assertThat(ComboBoxKt.getSuggestions(badge)).containsExactly("Citoyen", "Solidaire");
        assertThat(_get(TextArea.class).getLabel()).isEqualTo("Why does your colleague deserve this badge?");
    }
}
