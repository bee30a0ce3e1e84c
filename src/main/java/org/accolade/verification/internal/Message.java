package org.accolade.verification.internal;

import java.util.Arrays;

/**
 * A message key of the verification bundle and its arguments, resolved in the reader's language only when the report
 * is written. An argument may itself be a {@code Message} (the reason inside a sentence).
 */
public record Message(String code, Object... arguments) {

    @Override
    public String toString() {
        return code + Arrays.toString(arguments);
    }
}
