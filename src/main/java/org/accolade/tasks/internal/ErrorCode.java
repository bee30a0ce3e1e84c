package org.accolade.tasks.internal;

/** Every code the validator reports; each has the message {@code validation.<code>} in English and French. */
public enum ErrorCode {

    REQUIRED("required"),
    MIN_LENGTH("minLength"),
    MAX_LENGTH("maxLength"),
    CONTROL_CHARACTERS("controlCharacters"),
    PATTERN("pattern"),
    EMAIL("email"),
    PHONE("phone"),
    MIN("min"),
    MAX("max"),
    DECIMAL_DIGITS("decimalDigits"),
    INCREMENT("increment"),
    OPTION("option"),
    TYPE("type"),
    UNKNOWN("unknown"),
    DATE("date"),
    TIME("time"),
    DATETIME("datetime"),
    MAX_ITEMS("maxItems");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
