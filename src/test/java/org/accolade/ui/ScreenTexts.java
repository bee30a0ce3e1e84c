package org.accolade.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;

/**
 * Every word a screen sends to the browser, for the screen tests: text nodes, labels, helpers, captions, headers,
 * properties such as a component's i18n object, anywhere below a component (virtual children such as a grid's
 * cells included), and the notifications that are open.
 */
public final class ScreenTexts {

    /** How a missing message key shows: {@code !badge-class.field.name!}. */
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][\\w.-]*!");

    private ScreenTexts() {
    }

    /** Each text on its own, in the order of the component tree. */
    public static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        return texts;
    }

    /** The text nodes below a component as one string, as a person reads it. */
    public static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The message keys the bundles did not know, as they show on the screen. */
    public static List<String> untranslated(Component root) {
        List<String> missing = new ArrayList<>();
        for (String text : of(root)) {
            Matcher matcher = MISSING_KEY.matcher(text);
            while (matcher.find()) {
                missing.add(matcher.group());
            }
        }
        return missing;
    }

    /** What the open notifications say. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(ScreenTexts::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        element.getPropertyNames().forEach(name -> {
            Object value = element.getPropertyRaw(name);
            if (value != null) {
                add(texts, value.toString());
            }
        });
        element.getAttributeNames().forEach(name -> add(texts, element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, texts));
        element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), texts)));
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
