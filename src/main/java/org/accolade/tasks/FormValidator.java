package org.accolade.tasks;

import java.util.Map;

import org.accolade.tasks.internal.SubmissionCheck;
import org.accolade.tasks.internal.TextFormats;
import org.springframework.stereotype.Component;

/**
 * The rules of a form applied to a submission: the one validation behind both the REST API and the task screens.
 * It follows form-js (required, lengths, pattern, email, phone, min, max, decimal digits, increment, options), and
 * also refuses what a browser could never send: keys the form does not know ({@code unknown}), values of the wrong
 * JSON type ({@code type}), values outside the options ({@code option}).
 */
@Component
public class FormValidator {

    /** Shared so that each form pattern is compiled once. */
    private final TextFormats formats = new TextFormats();

    /**
     * @param values    what the person submitted, by key (groups with a path and dynamic lists as nested objects
     *                  and lists, as form-js submits them)
     * @param inputData the data the form was rendered with, such as "badgeClasses": a list of {label, value} maps or
     *                  {@link FormOption}s for a select with that valuesKey
     */
    public FormValidationResult validate(FormDefinition form, Map<String, ?> values, Map<String, ?> inputData) {
        return new SubmissionCheck(formats, inputData == null ? Map.of() : inputData)
                .run(form.components(), values == null ? Map.of() : values);
    }
}
