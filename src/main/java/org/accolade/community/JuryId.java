package org.accolade.community;

import java.util.UUID;

public record JuryId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
