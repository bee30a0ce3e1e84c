package org.accolade.community;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

public record PartnerId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
