package org.accolade.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Text in a request body may hold tabs and line breaks but no other control character: PostgreSQL cannot store a
 * NUL, mails and badge images would carry the others as garbage, and no form has a use for them. Refused where the
 * body is read, so that every endpoint and every field is covered, and the problem names the field.
 */
final class ControlCharacters extends StdScalarDeserializer<String> {

    ControlCharacters() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.chars().anyMatch(ControlCharacters::refused)) {
            throw context.weirdStringException(text, String.class, "contains control characters");
        }
        return text;
    }

    private static boolean refused(int character) {
        return Character.isISOControl(character) && character != '\t' && character != '\n' && character != '\r';
    }
}
