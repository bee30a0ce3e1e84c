package org.accolade.shared;

import java.util.List;

/**
 * A refusal a person can understand: the API turns it into a problem detail whose message comes from the bundles
 * ({@code problem.<code>}) in the caller's language, naming the field when there is one.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, GONE }

    private final Kind kind;
    private final String code;
    private final String field;
    private final List<Object> arguments;

    public DomainException(Kind kind, String code, String field, Object... arguments) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public static DomainException notFound(String code, String field, Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, code, field, arguments);
    }

    public static DomainException invalid(String code, String field, Object... arguments) {
        return new DomainException(Kind.INVALID, code, field, arguments);
    }

    public static DomainException conflict(String code, String field, Object... arguments) {
        return new DomainException(Kind.CONFLICT, code, field, arguments);
    }

    public static DomainException forbidden(String code) {
        return new DomainException(Kind.FORBIDDEN, code, null);
    }

    /** The same refusal about another field: a nested form names its own fields differently. */
    public DomainException onField(String otherField) {
        return new DomainException(kind, code, otherField, arguments.toArray());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
