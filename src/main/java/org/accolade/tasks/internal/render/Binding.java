package org.accolade.tasks.internal.render;

import java.util.Map;

/** A rendered part of a form that holds values: a field, a group with a path, a dynamic list. */
interface Binding {

    /** Puts its current values into those of its scope, at its key or path. */
    void collect(Map<String, Object> values);

    /**
     * Names where each of its errors shows, by the place of the value in the data, as the validator names errors
     * ({@code narrative}, {@code address.city}, {@code items[1].url}).
     *
     * @param prefix the place of the enclosing scope, such as {@code "items[1]."}, empty for the form itself
     */
    void register(String prefix, Map<String, ErrorTarget> targets);
}
