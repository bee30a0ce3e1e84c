package org.accolade.shared.credentials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON-LD contexts a credential may use, read from the official copies under {@code openbadges/} on the class
 * path ({@code index.json} maps each published URL to its file). Never the network: a signature must not depend on
 * what a server answers today, and an unknown context is refused rather than fetched.
 */
final class OfflineContexts implements DocumentLoader {

    static final OfflineContexts INSTANCE = new OfflineContexts();

    private final Map<String, String> files = index();
    private final Map<String, Document> loaded = new ConcurrentHashMap<>();

    private OfflineContexts() {
    }

    boolean knows(String url) {
        return files.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String file = files.get(url.toString());
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not an offline context: " + url);
        }
        return loaded.computeIfAbsent(file, OfflineContexts::read);
    }

    private static Document read(String file) {
        try (InputStream in = resource(file)) {
            return JsonDocument.of(in);
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("the offline context " + file + " is unreadable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> index() {
        try (InputStream in = resource("index.json")) {
            return Map.copyOf((Map<String, String>) new ObjectMapper().readValue(in, Map.class).get("contexts"));
        } catch (IOException e) {
            throw new UncheckedIOException("openbadges/index.json is missing from the class path", e);
        }
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = OfflineContexts.class.getResourceAsStream("/openbadges/" + file);
        if (in == null) {
            throw new IOException("no resource openbadges/" + file);
        }
        return in;
    }
}
