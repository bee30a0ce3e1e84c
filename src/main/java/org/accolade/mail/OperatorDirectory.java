package org.accolade.mail;

import java.util.Locale;
import java.util.Map;

/**
 * Who runs the service: the system administrators, each in their language. Implemented by the module that knows
 * the members; the mail module adds the optional {@code accolade.operator-email} itself.
 */
public interface OperatorDirectory {

    /** The operators' addresses and the language each one reads. */
    Map<String, Locale> operators();
}
