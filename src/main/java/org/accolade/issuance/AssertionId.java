package org.accolade.issuance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record AssertionId(@JsonValue UUID value) {

    public static AssertionId random() {
        return new AssertionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
