package org.accolade.tasks.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The text rules: form-js's validation types and a form's own regular expressions, compiled once. */
public final class TextFormats {

    private static final Logger LOG = LoggerFactory.getLogger(TextFormats.class);

    /** The HTML standard's "valid e-mail address", which browsers and form-js apply. */
    private static final Pattern EMAIL = Pattern.compile("[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+"
            + "@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

    /**
     * E.164 without spaces, as Camunda Modeler describes its phone validation ("+491234567890"). form-js also checks
     * the country code against a list; a plain length check is enough to catch typing mistakes.
     */
    private static final Pattern PHONE = Pattern.compile("(?:\\+|00)[1-9][0-9]{6,14}");

    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    /** @return the broken validation type, or null when the text passes or the type is unknown (such as "custom") */
    ErrorCode checkType(String validationType, String text) {
        if ("email".equals(validationType) && !EMAIL.matcher(text).matches()) {
            return ErrorCode.EMAIL;
        }
        if ("phone".equals(validationType) && !PHONE.matcher(text).matches()) {
            return ErrorCode.PHONE;
        }
        return null;
    }

    /**
     * The whole text must match, as with the HTML pattern attribute; form-js tests for a match anywhere, so a form
     * that wants the same result in both should anchor its pattern with ^ and $. A pattern Java cannot compile is
     * logged and ignored: a mistake in a form file must not block every submission.
     */
    boolean matches(String pattern, String text) {
        return patterns.computeIfAbsent(pattern, TextFormats::compile)
                .map(compiled -> compiled.matcher(text).matches())
                .orElse(true);
    }

    private static Optional<Pattern> compile(String pattern) {
        try {
            return Optional.of(Pattern.compile(pattern));
        } catch (PatternSyntaxException invalid) {
            LOG.warn("Ignoring the form pattern {}: {}", pattern, invalid.getDescription());
            return Optional.empty();
        }
    }
}
