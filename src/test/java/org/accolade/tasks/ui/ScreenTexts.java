package org.accolade.tasks.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;

/** Every word a component shows or announces: texts, labels, captions, headers, anywhere below it. */
final class ScreenTexts {

    private ScreenTexts() {
    }

    static List<String> of(Component component) {
        List<String> texts = new ArrayList<>();
        collect(component.getElement(), texts);
        return texts;
    }

    static String notificationText(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        element.getPropertyNames().forEach(name -> {
            if (element.getPropertyRaw(name) instanceof String value) {
                add(texts, value);
            }
        });
        element.getAttributeNames().forEach(name -> add(texts, element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, texts));
        element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), texts)));
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
