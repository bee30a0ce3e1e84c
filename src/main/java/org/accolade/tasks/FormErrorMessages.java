package org.accolade.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Turns validation errors into sentences in the person's language, from the message keys {@code validation.<code>}
 * (i18n/validation*.properties). Sentences leave out the label: they are shown next to the field.
 */
@Component
public class FormErrorMessages {

    /** What a code without a message of its own falls back on, so a new code never surfaces as an exception. */
    private static final String GENERIC = "validation.invalid";

    private final MessageSource messageSource;

    public FormErrorMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    /**
     * @return field -> message, in the order of the errors (which the validator gives in the order of the form);
     *         several errors on one field make one message
     */
    public Map<String, String> describe(List<FormFieldError> errors, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FormFieldError error : errors) {
            messages.merge(error.field(), message(error, locale), (first, next) -> first + " " + next);
        }
        return messages;
    }

    private String message(FormFieldError error, Locale locale) {
        String[] codes = {"validation." + error.code(), GENERIC};
        return messageSource.getMessage(
                new DefaultMessageSourceResolvable(codes, error.arguments().toArray()), locale);
    }
}
