package org.accolade.tasks.internal.render;

import java.time.Clock;
import java.util.Map;

/**
 * What every part of one rendering shares: the form's words in the person's language, the data the form is shown
 * with (prefilled values, options for {@code valuesKey}, what texts refer to), and the clock for "today".
 */
public record RenderContext(FormTexts texts, Map<String, ?> data, Clock clock) {

    public RenderContext {
        data = data == null ? Map.of() : data;
    }
}
