package org.accolade.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accolade.tasks.internal.render.ErrorTarget;
import org.accolade.tasks.internal.render.RenderContext;
import org.accolade.tasks.internal.render.Scope;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A form rendered by {@link FormRenderer}: its fields in a responsive layout, and the messages of the last check, each
 * next to its field. A message for a place the form does not have shows at the top of the form.
 */
public class RenderedForm extends Composite<Div> {

    private final FormDefinition form;
    private final Map<String, ?> data;
    private final FormValidator validator;
    private final FormErrorMessages errorMessages;
    private final Scope fields;
    private final Div notices = new Div();

    RenderedForm(FormDefinition form, Map<String, ?> data, FormValidator validator, FormErrorMessages errorMessages,
            RenderContext context) {
        this.form = form;
        this.data = data;
        this.validator = validator;
        this.errorMessages = errorMessages;
        this.fields = Scope.of(form.components(), context);
        notices.getElement().setAttribute("role", "alert");
        // focusable by script only, so that a message that belongs to no field can take the focus
        notices.getElement().setAttribute("tabindex", "-1");
        notices.getStyle().set("color", "var(--lumo-error-text-color)");
        notices.setVisible(false);
        getContent().add(notices, fields.layout());
    }

    public FormDefinition form() {
        return form;
    }

    /**
     * Validates with {@link FormValidator} (the very code the REST API uses, with the same data as input data), shows
     * each error next to its field in the UI's language, moves focus to the first one.
     *
     * @return the normalised values when valid, ready to submit
     */
    public Optional<Map<String, Object>> validate() {
        FormValidationResult result = validator.validate(form, fields.values(), data);
        showErrors(result.errors());
        return result.valid() ? Optional.of(result.values()) : Optional.empty();
    }

    /** Shows errors a service returned ({@link InvalidSubmissionException#errors()}), in place of earlier ones. */
    public void showErrors(List<FormFieldError> errors) {
        Map<String, ErrorTarget> targets = fields.targets();
        targets.values().forEach(ErrorTarget::clearError);
        notices.removeAll();
        notices.setVisible(false);
        ErrorTarget first = null;
        for (Map.Entry<String, String> error : errorMessages.describe(errors, getLocale()).entrySet()) {
            ErrorTarget target = targets.get(error.getKey());
            if (target == null) {
                notice(error.getValue());
            } else {
                target.showError(error.getValue());
                first = first == null ? target : first;
            }
        }
        focus(first);
    }

    /**
     * Shows one message next to a field, such as a service's refusal (a duplicate nomination on "nomineeEmail"); a
     * field the form does not have, or none, gets it at the top of the form.
     */
    public void showError(String field, String message) {
        ErrorTarget target = field == null ? null : fields.targets().get(field);
        if (target == null) {
            notice(message);
        } else {
            target.showError(message);
        }
        focus(target);
    }

    private void notice(String message) {
        notices.add(new Paragraph(message));
        notices.setVisible(true);
    }

    private void focus(ErrorTarget first) {
        if (first != null) {
            first.focus();
        } else if (notices.isVisible()) {
            notices.getElement().callJsFunction("focus");
        }
    }
}
