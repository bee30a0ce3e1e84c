package org.accolade.endorsement;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record EndorsementRequestId(@JsonValue UUID value) {

    public static EndorsementRequestId of(String value) {
        return new EndorsementRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
