package org.accolade.tasks.internal.render;

import java.util.List;
import java.util.Map;

import org.accolade.tasks.FormComponent;
import org.accolade.tasks.internal.ComponentKind;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;

/** Turns the components of one scope into Vaadin components, and binds those that hold values. */
final class ComponentBuilder {

    private final RenderContext context;
    private final Map<String, Object> data;
    private final String textPrefix;
    private final List<Binding> bindings;
    private final FieldFactory fields;

    ComponentBuilder(RenderContext context, Map<String, Object> data, String textPrefix, List<Binding> bindings) {
        this.context = context;
        this.data = data;
        this.textPrefix = textPrefix;
        this.bindings = bindings;
        this.fields = new FieldFactory(context);
    }

    /** @return what to show, or null for a component that shows nothing here */
    Component build(FormComponent component) {
        return switch (ComponentKind.of(component.type())) {
            case GROUP -> group(component);
            case DYNAMIC_LIST -> dynamicList(component);
            case DISPLAY -> display(component);
            case UNSUPPORTED -> notice(component.type());
            default -> field(component);
        };
    }

    private Component field(FormComponent component) {
        if (component.key() == null || component.key().isBlank()) {
            return notice(component.type());
        }
        Object initial = DataValues.get(data, component.key());
        FieldBinding binding = fields.create(component, textPrefix + component.key(),
                initial != null ? initial : component.defaultValue());
        bindings.add(binding);
        return binding.component();
    }

    private Component group(FormComponent group) {
        String path = blankToNull(group.path());
        Scope children = path == null
                ? Scope.build(group.components(), data, textPrefix, context)
                : Scope.build(group.components(), DataValues.object(DataValues.get(data, path)),
                        textPrefix + path + ".", context);
        bindings.add(new GroupBinding(path, children));
        String legend = path == null ? context.texts().group(group.id(), group.label())
                : context.texts().label(textPrefix + path, group.label());
        return Sections.fieldSet(legend, Boolean.TRUE.equals(group.properties().get("showOutline")),
                children.layout());
    }

    private Component dynamicList(FormComponent list) {
        String path = blankToNull(list.path());
        if (path == null) {
            return notice(list.type());
        }
        DynamicList dynamicList = new DynamicList(list, path, DataValues.get(data, path), textPrefix, context);
        bindings.add(dynamicList);
        return dynamicList;
    }

    private Component display(FormComponent component) {
        return switch (component.type()) {
            case "text" -> text(component);
            case "separator" -> new Hr();
            case "spacer" -> Sections.spacer(component.properties().get("height"));
            // the screen showing the form has its own buttons to submit it
            case "button" -> null;
            default -> notice(component.type());
        };
    }

    /** A text written as a FEEL expression ("=...") cannot be evaluated on the server and is left out. */
    private Component text(FormComponent component) {
        if (!(component.properties().get("text") instanceof String text) || text.startsWith("=")) {
            return null;
        }
        String translated = context.texts().text(component.id(), text);
        Markdown markdown = new Markdown(MarkdownTemplate.fill(translated, data, DataValues.object(context.data())));
        markdown.setWidthFull();
        return markdown;
    }

    /** A component this renderer does not know never breaks the form: the person is told what is missing. */
    private Component notice(String type) {
        Div notice = new Div();
        notice.setText(context.texts().words("form.unsupported", type == null ? "?" : type));
        notice.getElement().setAttribute("role", "note");
        notice.getStyle().set("box-sizing", "border-box").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-left", "4px solid var(--lumo-contrast-50pct)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("color", "var(--lumo-secondary-text-color)");
        return notice;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
