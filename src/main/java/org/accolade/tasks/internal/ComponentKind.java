package org.accolade.tasks.internal;

import java.util.Arrays;
import java.util.List;

/** The form-js component types, grouped by how their values are validated. */
public enum ComponentKind {

    TEXT("textfield", "textarea"),
    NUMBER("number"),
    CHECKBOX("checkbox"),
    /** One value among options. */
    CHOICE("radio", "select"),
    /** A list of values, each among options. */
    MULTIPLE_CHOICE("checklist", "taglist"),
    DATETIME("datetime"),
    GROUP("group"),
    DYNAMIC_LIST("dynamiclist"),
    /** Shows something, holds no value. */
    DISPLAY("text", "html", "image", "separator", "spacer", "button", "table", "iframe", "documentPreview"),
    /**
     * A type this server does not know (a newer form-js, a custom field, FEEL-computed {@code expression}, a file
     * picker): validation ignores it rather than fail the whole form, and the renderer shows a notice.
     */
    UNSUPPORTED;

    private final List<String> types;

    ComponentKind(String... types) {
        this.types = List.of(types);
    }

    public static ComponentKind of(String type) {
        return Arrays.stream(values())
                .filter(kind -> kind.types.contains(type))
                .findFirst()
                .orElse(UNSUPPORTED);
    }
}
