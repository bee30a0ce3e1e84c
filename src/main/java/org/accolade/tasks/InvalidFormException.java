package org.accolade.tasks;

/** A form file that is not a form-js document Accolade can read. */
public class InvalidFormException extends IllegalArgumentException {

    public InvalidFormException(String message) {
        super(message);
    }

    public InvalidFormException(String message, Throwable cause) {
        super(message, cause);
    }
}
