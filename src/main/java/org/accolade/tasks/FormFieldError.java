package org.accolade.tasks;

import java.util.List;

/**
 * One broken rule.
 *
 * @param field     where the value sits in the submitted data: {@code "narrative"}, {@code "address.city"},
 *                  {@code "items[1].url"}
 * @param code      the rule: {@code required}, {@code minLength}, {@code unknown}, ... (message key
 *                  {@code validation.<code>})
 * @param arguments the message arguments, such as the minimum length
 */
public record FormFieldError(String field, String code, List<Object> arguments) {

    public FormFieldError {
        arguments = List.copyOf(arguments);
    }
}
