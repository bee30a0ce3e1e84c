package org.accolade.community;

import java.util.UUID;

public record PartnerId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
