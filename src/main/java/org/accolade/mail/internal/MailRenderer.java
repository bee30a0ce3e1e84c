package org.accolade.mail.internal;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toUnmodifiableMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import org.accolade.mail.MailTemplate;
import org.springframework.core.io.ClassPathResource;

/**
 * Turns a template and its model into a subject and a plain-text body. Templates live in
 * {@code mail/<name>.<language>.mustache}; their first line is {@code Subject: …}, the rest is the body. Partials
 * ({@code {{> _footer}}}) are looked up in the same language.
 */
public class MailRenderer {

    private static final String SUBJECT_PREFIX = "Subject: ";
    /**
     * Who signs in the footer: the organisation the mail is about, by name; absent for the platform's own mail,
     * which Accolade signs.
     */
    public static final String SIGNATURE = "signature";

    /**
     * Keys whose value picks a wording rather than being printed: the template tests
     * {@code {{#reason.evidence}}…{{/reason.evidence}}}, and a value outside the list fails like a missing key.
     */
    private static final Map<String, Set<String>> CHOICES = Map.of("reason", Set.of("acceptance", "evidence"));

    private final Map<MailLanguage, DateTimeFormatter> dateFormats;
    private final Map<String, Template> templates;

    public MailRenderer(ZoneId zone) {
        this.dateFormats = Arrays.stream(MailLanguage.values()).collect(toUnmodifiableMap(identity(),
                language -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                        .withZone(zone)));
        this.templates = Arrays.stream(MailLanguage.values())
                .flatMap(language -> Arrays.stream(MailTemplate.values()).map(template -> fileName(template, language)))
                .collect(toUnmodifiableMap(identity(), MailRenderer::compile));
    }

    /**
     * @throws IllegalArgumentException if the model lacks a key the template uses, or holds a null value
     */
    public RenderedMail render(MailTemplate template, Locale locale, Map<String, ?> model) {
        MailLanguage language = MailLanguage.of(locale);
        String file = fileName(template, language);
        try {
            return split(language, templates.get(file).execute(present(model, language)));
        } catch (MustacheException e) {
            throw new IllegalArgumentException("Cannot render " + file + " with model keys " + model.keySet()
                    + ": " + e.getMessage(), e);
        }
    }

    private static RenderedMail split(MailLanguage language, String text) {
        int endOfSubject = text.indexOf('\n');
        String subject = text.substring(SUBJECT_PREFIX.length(), endOfSubject).strip();
        return new RenderedMail(language, subject, text.substring(endOfSubject + 1).strip());
    }

    /** Dates are written for the reader; a null value would print as nothing, so it is refused like a missing key. */
    private Map<String, Object> present(Map<String, ?> model, MailLanguage language) {
        Map<String, Object> presented = new HashMap<>(Map.of(SIGNATURE, ""));
        model.forEach((key, value) -> {
            if (value == null) {
                throw new IllegalArgumentException("Model value '" + key + "' is null");
            }
            presented.put(key, present(key, value, language));
        });
        return presented;
    }

    private Object present(String key, Object value, MailLanguage language) {
        if (CHOICES.containsKey(key)) {
            return choice(key, value);
        }
        if (value instanceof Instant || value instanceof ZonedDateTime || value instanceof LocalDate) {
            return dateFormats.get(language).format((TemporalAccessor) value);
        }
        return value;
    }

    private static Map<String, Boolean> choice(String key, Object value) {
        Set<String> options = CHOICES.get(key);
        if (!options.contains(value)) {
            throw new IllegalArgumentException("Model value '" + key + "' must be one of " + options + ", was "
                    + value);
        }
        return options.stream().collect(toMap(identity(), value::equals));
    }

    private static String fileName(MailTemplate template, MailLanguage language) {
        return template.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + language.code();
    }

    /**
     * Plain text, so nothing is HTML-escaped; strict, so that a key missing from the model (even one that only opens a
     * section) fails instead of printing nothing; an empty string counts as false, so that a template can greet
     * neutrally when a name is unknown.
     */
    private static Template compile(String file) {
        String language = file.substring(file.lastIndexOf('.') + 1);
        String source = source(file);
        if (!source.startsWith(SUBJECT_PREFIX) || source.indexOf('\n') < 0) {
            throw new IllegalStateException(
                    "mail/" + file + ".mustache must start with a '" + SUBJECT_PREFIX + "…' line, then the body");
        }
        return Mustache.compiler().escapeHTML(false).strictSections(true).emptyStringIsFalse(true)
                .withLoader(partial -> new StringReader(source(partial + "." + language)))
                .compile(source);
    }

    private static String source(String file) {
        try (InputStream in = new ClassPathResource("mail/" + file + ".mustache").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mail template mail/" + file + ".mustache", e);
        }
    }
}
