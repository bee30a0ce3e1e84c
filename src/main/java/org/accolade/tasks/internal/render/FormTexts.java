package org.accolade.tasks.internal.render;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A form's words in the person's language. A form's own texts are looked up under {@code form.<formId>.<fieldPath>}
 * (the field's data path without list indices: {@code narrative}, {@code address.city}, {@code items.url}), with
 * {@code .description} and {@code .<optionValue>} after it, texts under {@code form.<formId>.text.<componentId>} and
 * groups without a path under {@code form.<formId>.group.<componentId>}. A missing key falls back on the form's own
 * (English) text, so a form drawn yesterday in Camunda Modeler shows at once. Only texts the form has are looked up:
 * a key never adds a label or description the form's author left out.
 */
public final class FormTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final String prefix;

    public FormTexts(MessageSource messages, Locale locale, String formId) {
        this.messages = messages;
        this.locale = locale;
        this.prefix = "form." + formId + ".";
    }

    public Locale locale() {
        return locale;
    }

    public String label(String fieldPath, String text) {
        return translate(fieldPath, text);
    }

    public String description(String fieldPath, String text) {
        return translate(fieldPath + ".description", text);
    }

    /** An option without a label shows its value, as in form-js. */
    public String option(String fieldPath, String value, String text) {
        return translate(fieldPath + "." + value, text == null ? value : text);
    }

    public String text(String componentId, String text) {
        return componentId == null ? text : translate("text." + componentId, text);
    }

    public String group(String componentId, String text) {
        return componentId == null ? text : translate("group." + componentId, text);
    }

    /** The renderer's own words ({@code form.list.add}, ...), which always exist: a missing one shows as !key!. */
    public String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, "!" + key + "!", locale);
    }

    /** No arguments, so the bundles' text is taken as written (no MessageFormat), braces of placeholders included. */
    private String translate(String key, String text) {
        return text == null ? null : messages.getMessage(prefix + key, null, text, locale);
    }
}
