package org.accolade.shared.credentials;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A JSON-LD document as canonical N-Quads (RDFC-1.0 with SHA-256), what a Data Integrity proof signs. What JSON-LD
 * would drop silently is an error instead, since it would travel unsigned beside the signed data: a term that no
 * context defines, and an identifier, type or property that is not a well-formed absolute IRI (which the conversion
 * to RDF skips with a mere warning).
 */
public final class RdfCanonicalization {

    private RdfCanonicalization() {
    }

    public static String canonicalNQuads(String jsonLd) throws CredentialException {
        JsonLdOptions options = new JsonLdOptions(OfflineContexts.INSTANCE);
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).options(options).get();
            requireWellFormedIris(expanded);
            JsonLd.toRdf(JsonDocument.of(expanded)).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new CredentialException(reason(e), e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new CredentialException(CredentialException.Reason.NOT_JSON_LD, e.getMessage(), e);
        }
    }

    /** Every node id, type and property of the expanded document, and every datatype of its values. */
    private static void requireWellFormedIris(JsonValue value) throws CredentialException {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireWellFormedIris(item);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String key = entry.getKey();
                if (key.equals("@id") || key.equals("@type")) {
                    requireIris(entry.getValue());
                } else if (!key.startsWith("@")) {
                    requireIri(key);
                }
                if (!key.equals("@value")) {
                    requireWellFormedIris(entry.getValue());
                }
            }
        }
    }

    private static void requireIris(JsonValue value) throws CredentialException {
        if (value instanceof JsonString iri) {
            requireIri(iri.getString());
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                requireIris(item);
            }
        }
    }

    /** An absolute IRI, or a blank node identifier ({@code _:b0}). */
    private static void requireIri(String iri) throws CredentialException {
        if (!iri.startsWith("_:") && !UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full)) {
            throw new CredentialException(CredentialException.Reason.NOT_JSON_LD,
                    "not a well-formed absolute IRI: " + iri);
        }
    }

    private static CredentialException.Reason reason(JsonLdError error) {
        if (error.getCode() == JsonLdErrorCode.LOADING_DOCUMENT_FAILED
                || error.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED) {
            return CredentialException.Reason.UNKNOWN_CONTEXT;
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        return message.contains("ndefined") ? CredentialException.Reason.UNDEFINED_TERM
                : CredentialException.Reason.NOT_JSON_LD;
    }
}
