package org.accolade.tasks.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.accolade.tasks.FormComponent;

/**
 * Turns a submitted value into the one Accolade keeps: trimmed text, whole numbers as Long and others as BigDecimal,
 * booleans from JSON booleans, dates as ISO text. Empty text and empty lists are absent (null), as in form-js.
 */
final class ValueNormaliser {

    private static final Normalised WRONG_TYPE = Normalised.failed(ErrorCode.TYPE);

    private ValueNormaliser() {
    }

    static Normalised normalise(FormComponent component, ComponentKind kind, Object raw) {
        if (raw == null) {
            return Normalised.ABSENT;
        }
        return switch (kind) {
            case TEXT, CHOICE -> text(raw);
            case NUMBER -> number(raw);
            case CHECKBOX -> raw instanceof Boolean ? Normalised.of(raw) : WRONG_TYPE;
            case MULTIPLE_CHOICE -> texts(raw);
            case DATETIME -> DateTimeSubtype.of(component.properties().get("subtype")).normalise(raw);
            default -> Normalised.ABSENT;
        };
    }

    /** A submitted number as BigDecimal, to compare and count digits whatever its Java type. */
    static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    private static Normalised text(Object raw) {
        if (!(raw instanceof String text)) {
            return WRONG_TYPE;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? Normalised.ABSENT : Normalised.of(trimmed);
    }

    private static Normalised texts(Object raw) {
        if (!(raw instanceof Collection<?> items)) {
            return WRONG_TYPE;
        }
        List<Object> texts = new ArrayList<>();
        for (Object item : items) {
            Normalised text = item == null ? Normalised.ABSENT : text(item);
            if (text.failed()) {
                return text;
            }
            if (text.value() != null) {
                texts.add(text.value());
            }
        }
        return texts.isEmpty() ? Normalised.ABSENT : Normalised.of(List.copyOf(texts));
    }

    /** Numeric text is accepted too: form-js sends it when a number field serialises to string. */
    private static Normalised number(Object raw) {
        if (!(raw instanceof Number) && !(raw instanceof String)) {
            return WRONG_TYPE;
        }
        String text = raw.toString().trim();
        if (text.isEmpty()) {
            return Normalised.ABSENT;
        }
        try {
            return Normalised.of(compact(new BigDecimal(text)));
        } catch (NumberFormatException notANumber) {
            return WRONG_TYPE;
        }
    }

    private static Number compact(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        try {
            return stripped.longValueExact();
        } catch (ArithmeticException fractionalOrHuge) {
            return stripped;
        }
    }

    /** The form-js datetime subtypes and the ISO forms form-js writes for each (with or without an offset). */
    private enum DateTimeSubtype {

        DATE(ErrorCode.DATE, LocalDate::parse),
        TIME(ErrorCode.TIME, LocalTime::parse, OffsetTime::parse),
        DATETIME(ErrorCode.DATETIME, LocalDateTime::parse, OffsetDateTime::parse);

        private final ErrorCode error;
        private final List<Function<String, ?>> parsers;

        @SafeVarargs
        DateTimeSubtype(ErrorCode error, Function<String, ?>... parsers) {
            this.error = error;
            this.parsers = List.of(parsers);
        }

        /** form-js creates date fields by default. */
        static DateTimeSubtype of(Object subtype) {
            for (DateTimeSubtype candidate : values()) {
                if (candidate.name().toLowerCase(Locale.ROOT).equals(subtype)) {
                    return candidate;
                }
            }
            return DATE;
        }

        /** A java.time value from a UI is taken as its ISO text. */
        Normalised normalise(Object raw) {
            Normalised text = text(raw instanceof TemporalAccessor ? raw.toString() : raw);
            if (text.value() == null || parsers.stream().anyMatch(parser -> parses(parser, (String) text.value()))) {
                return text;
            }
            return Normalised.failed(error);
        }

        private static boolean parses(Function<String, ?> parser, String text) {
            try {
                parser.apply(text);
                return true;
            } catch (DateTimeParseException notThisForm) {
                return false;
            }
        }
    }
}
