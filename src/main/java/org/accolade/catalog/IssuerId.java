package org.accolade.catalog;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record IssuerId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
