package org.accolade.catalog;

import java.util.UUID;

public record IssuerId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
