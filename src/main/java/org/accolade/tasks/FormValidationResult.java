package org.accolade.tasks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a submission comes to.
 *
 * @param values the form's values only, normalised, with defaults for absent fields; safe to store
 * @param errors the broken rules, in the order of the form
 */
public record FormValidationResult(Map<String, Object> values, List<FormFieldError> errors) {

    public FormValidationResult {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
