package org.accolade.web;

import java.io.IOException;

import org.accolade.shared.PlainText;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Text in a request body with control characters ({@link PlainText}) is refused where the body is read, so that
 * every endpoint and every field is covered, and the problem names the field.
 */
final class ControlCharacters extends StdScalarDeserializer<String> {

    ControlCharacters() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && PlainText.hasControlCharacters(text)) {
            throw context.weirdStringException(text, String.class, "contains control characters");
        }
        return text;
    }
}
