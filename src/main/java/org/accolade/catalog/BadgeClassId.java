package org.accolade.catalog;

import java.util.UUID;

public record BadgeClassId(UUID value) {

    public static BadgeClassId of(String value) {
        return new BadgeClassId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
