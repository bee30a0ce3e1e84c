package org.accolade.tasks;

import java.util.List;

/** A submission that breaks its form's rules: the API answers 400 with a message per field. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<FormFieldError> errors;

    public InvalidSubmissionException(List<FormFieldError> errors) {
        super("Invalid form values: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FormFieldError> errors() {
        return errors;
    }
}
