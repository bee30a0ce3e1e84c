package org.accolade.tasks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes values at dotted paths ({@code "address.city"}) in nested maps, as form-js lays out its data. */
final class DataPaths {

    private DataPaths() {
    }

    static List<String> segments(String path) {
        return List.of(path.split("\\."));
    }

    /** The value at the path, or null when it or one of its parents is absent or not an object. */
    static Object get(Map<String, ?> data, List<String> segments) {
        Object value = data;
        for (String segment : segments) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(segment);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> data, List<String> segments, Object value) {
        Map<String, Object> parent = data;
        for (String segment : segments.subList(0, segments.size() - 1)) {
            Object child = parent.get(segment);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                parent.put(segment, child);
            }
            parent = (Map<String, Object>) child;
        }
        parent.put(segments.get(segments.size() - 1), value);
    }

    /** A submitted object with its keys as text (a UI may hand in maps keyed by anything). */
    static Map<String, Object> object(Map<?, ?> map) {
        Map<String, Object> object = new LinkedHashMap<>();
        map.forEach((name, value) -> object.put(String.valueOf(name), value));
        return object;
    }
}
