package org.accolade.tasks.render;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accolade.tasks.FormDefinition;
import org.accolade.tasks.FormErrorMessages;
import org.accolade.tasks.FormRenderer;
import org.accolade.tasks.FormValidator;
import org.accolade.tasks.RenderedForm;
import org.accolade.ui.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

/**
 * Renders forms written in the test (form id "showcase") with the real validator and bundles, plus the showcase's
 * own translations, so that a test sees its labels come from the bundles; or the real forms of forms/.
 */
abstract class RendererTest extends KaribuTest {

    @Autowired
    protected FormRenderer renderer;
    @Autowired
    private FormValidator validator;
    @Autowired
    private FormErrorMessages errorMessages;
    @Autowired
    private MessageSource messages;
    @Autowired
    private Clock clock;

    /** The showcase form's words, in front of the application's bundles. */
    protected final StaticMessageSource showcaseWords = new StaticMessageSource();

    /** A form "showcase" with these components (JSON objects), as Camunda Modeler writes them. */
    protected static FormDefinition showcase(String... components) {
        return FormDefinition.parse("{\"id\": \"showcase\", \"type\": \"default\", \"components\": ["
                + String.join(",", components) + "]}");
    }

    protected void translate(String key, String english, String french) {
        showcaseWords.addMessage(key, Locale.ENGLISH, english);
        showcaseWords.addMessage(key, Locale.FRENCH, french);
    }

    /** Renders with the showcase's words and adds the form to the UI, where Karibu finds its components. */
    protected RenderedForm show(FormDefinition form, Map<String, ?> data) {
        showcaseWords.setParentMessageSource(messages);
        RenderedForm rendered = new FormRenderer(validator, errorMessages, showcaseWords, clock).render(form, data);
        UI.getCurrent().add(rendered);
        return rendered;
    }

    protected RenderedForm show(FormDefinition form) {
        return show(form, Map.of());
    }

    /**
     * Every word a person can see or hear in the component: texts, labels, helper texts, aria-labels, and what travels
     * to the browser outside the element tree: Markdown, the labels of the options of selects and combo boxes.
     */
    protected static List<String> wordsOf(Component root) {
        List<String> words = new ArrayList<>();
        collect(root.getElement(), words);
        descendants(root).forEach(component -> {
            if (component instanceof Select<?> select) {
                words.addAll(ComboBoxKt.getSuggestions(select));
            } else if (component instanceof ComboBox<?> comboBox) {
                words.addAll(ComboBoxKt.getSuggestions(comboBox));
            } else if (component instanceof MultiSelectComboBox<?> comboBox) {
                words.addAll(MultiselectComboBoxUtilsKt.getSuggestions(comboBox));
            } else if (component instanceof Markdown markdown) {
                words.add(markdown.getContent());
            }
        });
        words.removeIf(String::isBlank);
        return words;
    }

    private static void collect(Element element, List<String> words) {
        words.add(element.getText());
        Stream.of("label", "helperText", "errorMessage").map(element::getProperty)
                .filter(value -> value != null).forEach(words::add);
        Stream.of("aria-label", "title").map(element::getAttribute).filter(value -> value != null)
                .forEach(words::add);
        element.getChildren().forEach(child -> collect(child, words));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(RendererTest::descendants));
    }

    protected static String joined(List<String> words) {
        return words.stream().collect(Collectors.joining(" | "));
    }
}
