package org.accolade.verification.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/** Which property of a JSON object a cut-off body was in, read token by token without building anything. */
final class JsonFields {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonFields() {
    }

    /** The top-level property the text of {@code prefix} ends in; null when it is no JSON object with one. */
    static String fieldAt(byte[] prefix) {
        String field = null;
        try (JsonParser parser = FACTORY.createParser(prefix)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext parent = parser.getParsingContext().getParent();
                if (token == JsonToken.FIELD_NAME && parent != null && parent.inRoot()) {
                    field = parser.currentName();
                }
            }
        } catch (IOException endOfPrefix) {
            // expected: the prefix stops in the middle of a value
        }
        return field;
    }
}
