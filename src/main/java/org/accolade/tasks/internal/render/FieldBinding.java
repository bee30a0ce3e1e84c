package org.accolade.tasks.internal.render;

import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/** A Vaadin field bound to a key of its scope; its message goes away as soon as the person changes the value. */
final class FieldBinding implements Binding, ErrorTarget {

    private final String key;
    private final Component field;
    private final Supplier<Object> value;

    /** @param value the field's value as the API takes it (ISO text for dates, lists for several choices) */
    FieldBinding(String key, Component field, Supplier<Object> value) {
        this.key = key;
        this.field = field;
        this.value = value;
        if (field instanceof HasValue<?, ?> input) {
            input.addValueChangeListener(change -> clearError());
        }
    }

    Component component() {
        return field;
    }

    @Override
    public void collect(Map<String, Object> values) {
        DataValues.put(values, key, value.get());
    }

    @Override
    public void register(String prefix, Map<String, ErrorTarget> targets) {
        targets.put(prefix + key, this);
    }

    @Override
    public void showError(String message) {
        if (field instanceof HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        }
    }

    @Override
    public void clearError() {
        if (field instanceof HasValidation validation && validation.isInvalid()) {
            validation.setInvalid(false);
            validation.setErrorMessage(null);
        }
    }

    /** Radio and checkbox groups are not Focusable in Flow, but their web components take the focus. */
    @Override
    public void focus() {
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            field.getElement().callJsFunction("focus");
        }
    }
}
