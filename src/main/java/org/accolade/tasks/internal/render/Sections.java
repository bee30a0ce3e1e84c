package org.accolade.tasks.internal.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;

/** The frames of groups and lists: a fieldset, so that its legend names the fields inside for screen readers. */
final class Sections {

    private Sections() {
    }

    static FieldSet fieldSet(String legend, boolean outline, Component... content) {
        FieldSet fieldSet = new FieldSet();
        if (legend != null) {
            fieldSet.setLegendText(legend);
            fieldSet.getLegend().getStyle().set("font-weight", "600").set("padding", "0 var(--lumo-space-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
        }
        fieldSet.add(content);
        // border-box: the layout gives the fieldset its width, padding and border included
        fieldSet.getStyle().set("box-sizing", "border-box").set("margin", "0").set("min-width", "0")
                .set("padding", outline ? "var(--lumo-space-s) var(--lumo-space-m) var(--lumo-space-m)" : "0")
                .set("border", outline ? "1px solid var(--lumo-contrast-20pct)" : "none")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return fieldSet;
    }

    /** form-js spacers have a height in pixels, 60 unless set. */
    static Div spacer(Object height) {
        Div spacer = new Div();
        spacer.setHeight((height instanceof Number pixels ? pixels.intValue() : 60) + "px");
        spacer.getElement().setAttribute("aria-hidden", "true");
        return spacer;
    }
}
