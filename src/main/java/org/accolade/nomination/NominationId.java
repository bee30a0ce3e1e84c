package org.accolade.nomination;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record NominationId(@JsonValue UUID value) {

    public static NominationId of(String value) {
        return new NominationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
