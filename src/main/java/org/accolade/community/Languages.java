package org.accolade.community;

import java.util.List;
import java.util.Locale;

/** Accolade speaks French and English; anything else falls back to English. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private Languages() {
    }

    public static Locale supported(Locale requested) {
        return requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())
                ? Locale.FRENCH : Locale.ENGLISH;
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }
}
