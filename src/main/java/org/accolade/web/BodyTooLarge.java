package org.accolade.web;

import java.io.IOException;

/**
 * A request body that went past its limit while it was read (a body sent in chunks declares no length). An
 * {@link IOException}, so that whoever reads the body stops at once; the API answers 413.
 */
class BodyTooLarge extends IOException {

    private final long limit;

    BodyTooLarge(long limit) {
        super("request body over its limit of " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
