package org.accolade.issuance;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;

/**
 * JSON-LD expansion with the official contexts copied under src/main/resources/openbadges (see its README), so
 * tests check the documents as any JSON-LD processor reads them, without the network.
 */
public final class OfflineJsonLd {

    private static final Map<String, String> CONTEXTS = contexts();
    private static final DocumentLoader LOADER = (url, options) -> load(url);

    private OfflineJsonLd() {
    }

    public static JsonArray expand(String json) {
        try {
            return JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(LOADER).get();
        } catch (JsonLdError e) {
            throw new AssertionError("Cannot expand " + json, e);
        }
    }

    private static JsonDocument load(URI url) throws JsonLdError {
        String file = CONTEXTS.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "No offline copy of " + url);
        }
        try (InputStream in = resource(file)) {
            return JsonDocument.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> contexts() {
        try (InputStream in = resource("index.json")) {
            return (Map<String, String>) new ObjectMapper().readValue(in, Map.class).get("contexts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        return OfflineJsonLd.class.getResourceAsStream("/openbadges/" + file);
    }
}
