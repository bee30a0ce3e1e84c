package org.accolade.catalog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Every text a screen sends to the browser: text nodes, labels, helpers, properties such as an i18n object. */
final class Texts {

    /** How a missing message key shows: {@code !badge-class.field.name!}. */
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][\\w.-]*!");

    private Texts() {
    }

    static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        return texts;
    }

    /** The message keys the bundles did not know, as they show on the screen. */
    static List<String> untranslated(Component root) {
        List<String> missing = new ArrayList<>();
        for (String text : of(root)) {
            Matcher matcher = MISSING_KEY.matcher(text);
            while (matcher.find()) {
                missing.add(matcher.group());
            }
        }
        return missing;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getPropertyNames().forEach(name -> {
            Object value = element.getPropertyRaw(name);
            if (value != null) {
                texts.add(value.toString());
            }
        });
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
