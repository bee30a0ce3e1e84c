package org.accolade.mail.internal;

import java.util.Locale;

/** The languages Accolade writes mail in; every other locale is answered in English. */
public enum MailLanguage {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    private final Locale locale;

    MailLanguage(Locale locale) {
        this.locale = locale;
    }

    public static MailLanguage of(Locale locale) {
        return locale != null && FR.locale.getLanguage().equals(locale.getLanguage()) ? FR : EN;
    }

    public Locale locale() {
        return locale;
    }

    /** The code stored with the message and used in template file names. */
    public String code() {
        return locale.getLanguage();
    }
}
