package org.accolade.verification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading the loosely typed JSON-LD of Open Badges, where a reference is either an IRI or an object with an id, and a
 * property holds one value or an array of them.
 */
final class Json {

    /**
     * Far deeper than any badge (a credential with embedded endorsements is about 10 levels deep), far shallower than
     * what would strain the recursive JSON-LD, schema and canonicalisation code a document goes through.
     */
    static final int MAX_DEPTH = 64;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    private Json() {
    }

    /** The JSON object in {@code text}; empty for anything else, including arrays and invalid JSON. */
    static Optional<JsonNode> object(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The IRI of a reference: the text itself, or the {@code id} of an embedded object. */
    static Optional<String> idOf(JsonNode reference) {
        if (reference.isTextual()) {
            return Optional.of(reference.asText());
        }
        JsonNode id = reference.path("id");
        return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    }

    /** The IRIs of one reference or an array of them. */
    static List<String> ids(JsonNode references) {
        List<String> ids = new ArrayList<>();
        if (references.isArray()) {
            references.forEach(reference -> idOf(reference).ifPresent(ids::add));
        } else {
            idOf(references).ifPresent(ids::add);
        }
        return ids;
    }

    /** The values of a property that holds one value or an array of them; empty when absent or null. */
    static List<JsonNode> all(JsonNode values) {
        List<JsonNode> all = new ArrayList<>();
        if (values.isArray()) {
            values.forEach(all::add);
        } else if (!values.isMissingNode() && !values.isNull()) {
            all.add(values);
        }
        return all;
    }

    /** The texts of a property that holds one text or an array of them, such as {@code type}. */
    static List<String> texts(JsonNode values) {
        return all(values).stream().filter(JsonNode::isTextual).map(JsonNode::asText).toList();
    }

    /** A text property, or null when absent or not text. */
    static String text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isTextual() ? value.asText() : null;
    }
}
