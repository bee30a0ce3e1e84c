package org.accolade.tasks.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accolade.tasks.FormComponent;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A form-js dynamic list: one sub-form per item, with "add" and "remove" buttons. Items come from the data at the
 * list's path, else the form's {@code defaultRepetitions}; the custom property {@code maxItems} caps how many the
 * person may add. A list that is not repeating ({@code isRepeating} false) or does not allow adding and removing
 * ({@code allowAddRemove} false) keeps the items it starts with. Its values are a list of objects, one per item.
 */
final class DynamicList extends Composite<FieldSet> implements Binding, ErrorTarget {

    private record Item(Div frame, Span title, Scope fields, Button remove) {
    }

    private final FormComponent list;
    private final String path;
    private final String itemTextPrefix;
    private final RenderContext context;
    private final String label;
    private final boolean addRemove;
    private final List<Item> items = new ArrayList<>();
    private final Div frames = new Div();
    private final Span error = new Span();
    private final Button add;

    DynamicList(FormComponent list, String path, Object data, String textPrefix, RenderContext context) {
        this.list = list;
        this.path = path;
        this.itemTextPrefix = textPrefix + path + ".";
        this.context = context;
        this.label = context.texts().label(textPrefix + path, list.label());
        boolean repeating = !Boolean.FALSE.equals(list.properties().get("isRepeating"));
        this.addRemove = repeating && !Boolean.FALSE.equals(list.properties().get("allowAddRemove"));
        this.add = addRemove ? addButton() : null;
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        frames.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        startingItems(data, repeating).forEach(this::addItem);
        renumber();
    }

    @Override
    protected FieldSet initContent() {
        FieldSet fieldSet = Sections.fieldSet(label, Boolean.TRUE.equals(list.properties().get("showOutline")),
                frames);
        if (add != null) {
            Div actions = new Div(add);
            if (list.maxItems() != null) {
                Span cap = new Span(context.texts().words("form.list.max", list.maxItems()));
                cap.getStyle().set("color", "var(--lumo-secondary-text-color)")
                        .set("font-size", "var(--lumo-font-size-s)");
                actions.add(cap);
            }
            actions.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)")
                    .set("margin-top", "var(--lumo-space-s)");
            fieldSet.add(actions);
        }
        fieldSet.add(error);
        return fieldSet;
    }

    @Override
    public void collect(Map<String, Object> values) {
        DataValues.put(values, path, items.stream().map(item -> item.fields().values()).toList());
    }

    /** The list's own errors (too many items) show below it; each item's under its own place, such as items[1]. */
    @Override
    public void register(String prefix, Map<String, ErrorTarget> targets) {
        targets.put(prefix + path, this);
        for (int index = 0; index < items.size(); index++) {
            items.get(index).fields().register(prefix + path + "[" + index + "].", targets);
        }
    }

    @Override
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    @Override
    public void focus() {
        if (add != null && add.isEnabled()) {
            add.focus();
        } else if (!items.isEmpty()) {
            items.get(0).fields().focusFirst();
        }
    }

    private List<Map<String, Object>> startingItems(Object data, boolean repeating) {
        List<Map<String, Object>> starting = new ArrayList<>(DataValues.objects(data));
        if (data == null) {
            int repetitions = list.properties().get("defaultRepetitions") instanceof Number n ? n.intValue() : 1;
            for (int index = 0; index < repetitions; index++) {
                starting.add(Map.of());
            }
        }
        if (!repeating) {
            return starting.isEmpty() ? List.of(Map.of()) : starting.subList(0, 1);
        }
        return starting;
    }

    private Button addButton() {
        Button button = new Button(context.texts().words("form.list.add"), VaadinIcon.PLUS.create(), click -> {
            addItem(Map.of());
            renumber();
            items.get(items.size() - 1).fields().focusFirst();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void addItem(Map<String, Object> data) {
        Scope fields = Scope.build(list.components(), data, itemTextPrefix, context);
        Span title = new Span();
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
        Div header = new Div(title);
        header.getStyle().set("display", "flex").set("align-items", "center")
                .set("justify-content", "space-between");
        Div frame = new Div(header, fields.layout());
        frame.getElement().setAttribute("role", "group");
        frame.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Button remove = null;
        if (addRemove) {
            remove = new Button(context.texts().words("form.list.remove"), VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            header.add(remove);
        }
        Item item = new Item(frame, title, fields, remove);
        if (remove != null) {
            remove.addClickListener(click -> remove(item));
        }
        items.add(item);
        frames.add(frame);
    }

    private void remove(Item item) {
        items.remove(item);
        frames.remove(item.frame());
        renumber();
        add.focus();
    }

    /** Items are numbered from 1 for the person, and the "add" button stops at the cap. */
    private void renumber() {
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            int number = index + 1;
            item.title().setText(context.texts().words("form.list.item", number));
            item.frame().getElement().setAttribute("aria-label",
                    context.texts().words("form.list.item-of", label == null ? "" : label, number));
            if (item.remove() != null) {
                item.remove().setAriaLabel(context.texts().words("form.list.remove-item", number));
            }
        }
        if (add != null) {
            add.setEnabled(list.maxItems() == null || items.size() < list.maxItems());
        }
    }
}
