package org.accolade.issuance;

import java.util.UUID;

public record AssertionId(UUID value) {

    public static AssertionId random() {
        return new AssertionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
