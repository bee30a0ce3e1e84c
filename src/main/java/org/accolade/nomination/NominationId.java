package org.accolade.nomination;

import java.util.UUID;

public record NominationId(UUID value) {

    public static NominationId of(String value) {
        return new NominationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
