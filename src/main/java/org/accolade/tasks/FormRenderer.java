package org.accolade.tasks;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.accolade.tasks.internal.render.FormTexts;
import org.accolade.tasks.internal.render.RenderContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;

/**
 * Turns any Camunda Form of {@code forms/} into Vaadin components, so that a form drawn in Camunda Modeler needs no
 * screen of its own. Words come from the bundles ({@code form.<formId>.<fieldKey>} ..., see i18n/forms.properties)
 * in the person's language, falling back on the form's own text; validation is {@link FormValidator}'s, the very
 * code the REST API applies.
 */
@Component
public class FormRenderer {

    private final FormValidator validator;
    private final FormErrorMessages errorMessages;
    private final MessageSource messages;
    private final Clock clock;

    public FormRenderer(FormValidator validator, FormErrorMessages errorMessages, MessageSource messages,
            Clock clock) {
        this.validator = validator;
        this.errorMessages = errorMessages;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Renders in the language of the current UI.
     *
     * @param data prefilled values by field key (a group's under its path, a dynamic list's items under its path),
     *             plus input data (such as "badgeClasses": the options of a select with that valuesKey, as
     *             {@link FormOption}s or {label, value} maps) and anything else the form's texts refer to
     */
    public RenderedForm render(FormDefinition form, Map<String, ?> data) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        Map<String, ?> input = data == null ? Map.of() : data;
        return new RenderedForm(form, input, validator, errorMessages,
                new RenderContext(new FormTexts(messages, locale, form.id()), input, clock));
    }
}
