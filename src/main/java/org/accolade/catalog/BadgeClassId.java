package org.accolade.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record BadgeClassId(@JsonValue UUID value) {

    public static BadgeClassId of(String value) {
        return new BadgeClassId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
