package org.accolade.verification.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A document as it was answered: the URI it was finally read from, its HTTP status (2xx, or 410 Gone) and body. */
public record FetchedDocument(URI uri, int status, String contentType, byte[] body) {

    public static final int GONE = 410;

    public boolean gone() {
        return status == GONE;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
