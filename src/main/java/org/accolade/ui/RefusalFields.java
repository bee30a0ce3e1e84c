package org.accolade.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accolade.shared.DomainException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/**
 * A form's fields by the names the services give them in their refusals ({@link DomainException#field()}), so that a
 * refusal shows at the field it concerns, in the words of {@link Refusals}.
 */
public final class RefusalFields {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public RefusalFields(Component form) {
        this.form = form;
    }

    /** The field the services call {@code name}; returns it, for building the form in one go. */
    public <F extends HasValidation> F add(String name, F field) {
        fields.put(name, field);
        return field;
    }

    /** Marks the field the refusal names, and focuses it; false when it names no field of this form. */
    public boolean show(DomainException refusal) {
        HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(Refusals.text(form, refusal));
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return true;
    }

    /** At its field, or as a notice when it names none of this form's fields. */
    public void showOrNotify(DomainException refusal) {
        if (!show(refusal)) {
            Notices.refused(form, refusal);
        }
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
