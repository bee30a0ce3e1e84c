package org.accolade.tasks;

/** No form has this id in {@code forms/}. */
public class UnknownFormException extends RuntimeException {

    private final String formId;

    public UnknownFormException(String formId) {
        super("No form with the id " + formId);
        this.formId = formId;
    }

    public String formId() {
        return formId;
    }
}
