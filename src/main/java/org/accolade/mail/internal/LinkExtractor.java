package org.accolade.mail.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the links of a plain-text body, so that the outbox can show them without parsing the text again. */
public final class LinkExtractor {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"«»“”]+");

    /** Punctuation that ends a sentence after a link rather than belonging to it. */
    private static final String TRAILING_PUNCTUATION = ".,;:!?)'’";

    private LinkExtractor() {
    }

    /** The distinct http(s) URLs of {@code text}, in order of appearance. */
    public static List<String> linksIn(String text) {
        Set<String> links = new LinkedHashSet<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            links.add(withoutTrailingPunctuation(matcher.group()));
        }
        return List.copyOf(links);
    }

    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
