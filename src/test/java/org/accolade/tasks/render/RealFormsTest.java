package org.accolade.tasks.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.FormRepository;
import org.accolade.tasks.RenderedForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

/** The forms of forms/ render whole, with every word from the bundles, in English and in French. */
class RealFormsTest extends RendererTest {

    @Autowired
    private FormRepository forms;

    /** What the screens give each form: options for the badge select, evidence items to show the list's fields. */
    private static final Map<String, Object> DATA = Map.of(
            "badgeClasses", List.of(Map.of("label", "Citoyen", "value", "b-1")),
            "items", List.of(Map.of("name", "Poster", "url", "https://example.org/poster")));

    @ParameterizedTest
    @ValueSource(strings = {"nominate", "request-badge", "accept-nomination", "submit-evidence", "review-nomination",
            "endorse", "endorsement-missing"})
    void eachRealFormShowsItsEnglishWordsAndNoMissingKey(String formId) throws IOException {
        RenderedForm form = renderer.render(forms.byId(formId), DATA);
        UI.getCurrent().add(form);
        List<String> words = wordsOf(form);

        assertThat(words).noneMatch(word -> word.matches("(?s).*![\\w.-]+!.*"));
        assertThat(words).containsAll(wordsOfForm(formId, "/i18n/forms.properties"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nominate", "request-badge", "accept-nomination", "submit-evidence", "review-nomination",
            "endorse", "endorsement-missing"})
    void eachRealFormShowsItsFrenchWordsAndNoMissingKey(String formId) throws IOException {
        speak(Locale.FRENCH);
        RenderedForm form = renderer.render(forms.byId(formId), DATA);
        UI.getCurrent().add(form);
        List<String> words = wordsOf(form);

        assertThat(words).noneMatch(word -> word.matches("(?s).*![\\w.-]+!.*"));
        assertThat(words).containsAll(wordsOfForm(formId, "/i18n/forms_fr.properties"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nominate", "request-badge", "accept-nomination", "submit-evidence", "review-nomination",
            "endorse", "endorsement-missing"})
    void everyTextOfEachRealFormHasAKeyInEnglishAndInFrench(String formId) throws IOException {
        List<String> keys = keys(forms.byId(formId).components(), "form." + formId + ".", "", new ArrayList<>());

        assertThat(keys).isNotEmpty();
        assertThat(bundle("/i18n/forms.properties").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("/i18n/forms_fr.properties").stringPropertyNames()).containsAll(keys);
    }

    /** The keys the renderer looks up for these components (see i18n/forms.properties). */
    private static List<String> keys(List<FormComponent> components, String form, String prefix, List<String> keys) {
        for (FormComponent component : components) {
            switch (component.type()) {
                case "text" -> keys.add(form + "text." + component.id());
                case "group", "dynamiclist" -> {
                    String path = component.path();
                    keys.add(path == null ? form + "group." + component.id() : form + prefix + path);
                    keys(component.components(), form, path == null ? prefix : prefix + path + ".", keys);
                }
                default -> {
                    String field = form + prefix + component.key();
                    keys.add(field);
                    if (component.description() != null) {
                        keys.add(field + ".description");
                    }
                    component.values().forEach(option -> keys.add(field + "." + option.value()));
                }
            }
        }
        return keys;
    }

    private static List<String> wordsOfForm(String formId, String bundle) throws IOException {
        Properties words = bundle(bundle);
        return words.stringPropertyNames().stream().filter(key -> key.startsWith("form." + formId + "."))
                .map(words::getProperty).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(RealFormsTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
