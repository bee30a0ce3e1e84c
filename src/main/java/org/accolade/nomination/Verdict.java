package org.accolade.nomination;

import java.util.Locale;

public enum Verdict {
    APPROVE, REVISE, REJECT;

    /** The form's value ("approve") as an enum. */
    public static Verdict fromForm(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
