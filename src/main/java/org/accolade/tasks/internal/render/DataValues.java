package org.accolade.tasks.internal.render;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads prefilled values out of the data a form is shown with, and writes collected values at their dotted paths
 * ({@code "address.city"}), as form-js lays out its data. Lenient on reading: a value of an unexpected kind is
 * treated as absent rather than failing the screen.
 */
final class DataValues {

    private DataValues() {
    }

    /** The value at the dotted path, or null when it or one of its parents is absent or not an object. */
    static Object get(Map<String, ?> data, String path) {
        Object value = data;
        for (String segment : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(segment);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> data, String path, Object value) {
        String[] segments = path.split("\\.");
        Map<String, Object> parent = data;
        for (int index = 0; index < segments.length - 1; index++) {
            Object child = parent.get(segments[index]);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                parent.put(segments[index], child);
            }
            parent = (Map<String, Object>) child;
        }
        parent.put(segments[segments.length - 1], value);
    }

    /** A nested object of the data with its keys as text; empty when the value is not an object. */
    static Map<String, Object> object(Object value) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, item) -> object.put(String.valueOf(name), item));
        }
        return object;
    }

    static String text(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : "";
    }

    static Double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return value instanceof String text && !text.isBlank() ? Double.valueOf(text.trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Exact as typed (valueOf keeps 0.1 as 0.1); the validator then keeps a whole number as a whole number. */
    static BigDecimal decimal(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : BigDecimal.valueOf(value);
    }

    static boolean bool(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    static Set<String> texts(Object value) {
        Set<String> texts = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.stream().filter(item -> item != null).map(String::valueOf).forEach(texts::add);
        }
        return texts;
    }

    static LocalDate date(Object value, ZoneId zone) {
        if (value instanceof LocalDate date) {
            return date;
        }
        LocalDateTime dateTime = dateTime(value, zone);
        return dateTime != null ? dateTime.toLocalDate() : parse(value, LocalDate::parse);
    }

    static LocalTime time(Object value) {
        if (value instanceof LocalTime time) {
            return time;
        }
        LocalTime time = parse(value, LocalTime::parse);
        return time != null ? time : parseThen(value, OffsetTime::parse, OffsetTime::toLocalTime);
    }

    /** A moment with an offset shows in the application's zone. */
    static LocalDateTime dateTime(Object value, ZoneId zone) {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        LocalDateTime local = parse(value, LocalDateTime::parse);
        return local != null ? local : parseThen(value, OffsetDateTime::parse,
                moment -> moment.atZoneSameInstant(zone).toLocalDateTime());
    }

    /** Items of a dynamic list as objects; anything else in the list is left out. */
    static List<Map<String, Object>> objects(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return List.of();
        }
        return items.stream().filter(item -> item instanceof Map).map(DataValues::object).toList();
    }

    private static <T> T parse(Object value, Function<String, T> parser) {
        return parseThen(value, parser, Function.identity());
    }

    private static <T, R> R parseThen(Object value, Function<String, T> parser, Function<T, R> then) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return then.apply(parser.apply(text.trim()));
        } catch (DateTimeParseException otherForm) {
            return null;
        }
    }

    /** For templates: a list shows as its items separated by commas, an object as nothing. */
    static String display(Object value) {
        if (value == null || value instanceof Map) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(DataValues::display).toList());
        }
        return String.valueOf(value);
    }
}
