package org.accolade.shared;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An organisation of the network (ADR 17): the issuer of its badges, whose id its Open Badges documents carry. The
 * one id that every module scopes its objects by.
 */
public record OrganisationId(@JsonValue UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
