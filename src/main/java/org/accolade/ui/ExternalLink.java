package org.accolade.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;

/**
 * A link people typed (evidence, a website), opened in a new tab without access to this page; only to a web
 * address: anything else (javascript:, data:) stays text.
 */
public final class ExternalLink {

    private ExternalLink() {
    }

    public static Component of(String url, String name) {
        String address = url == null ? "" : url.trim();
        String text = name == null || name.isBlank() ? address : name;
        String scheme = address.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
            return new Span(text);
        }
        Anchor anchor = new Anchor(address, text, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }
}
