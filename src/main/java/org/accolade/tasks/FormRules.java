package org.accolade.tasks;

import java.math.BigDecimal;

/**
 * A component's form-js {@code validate} block. A rule written as a FEEL expression ({@code "=..."}) cannot be
 * evaluated on the server and reads as absent (null).
 */
public record FormRules(boolean required, Integer minLength, Integer maxLength, String pattern, String validationType,
        BigDecimal min, BigDecimal max) {

    /** The rules of a component without a {@code validate} block. */
    public static final FormRules NONE = new FormRules(false, null, null, null, null, null, null);
}
