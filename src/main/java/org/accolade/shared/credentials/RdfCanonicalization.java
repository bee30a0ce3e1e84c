package org.accolade.shared.credentials;

import java.io.StringReader;
import java.io.StringWriter;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;

/**
 * A JSON-LD document as canonical N-Quads (RDFC-1.0 with SHA-256), what a Data Integrity proof signs. A term that no
 * context defines is an error: dropped silently, it would travel unsigned beside the signed data.
 */
public final class RdfCanonicalization {

    private RdfCanonicalization() {
    }

    public static String canonicalNQuads(String jsonLd) throws CredentialException {
        JsonLdOptions options = new JsonLdOptions(OfflineContexts.INSTANCE);
        options.setUndefinedTermsPolicy(ProcessingPolicy.Fail);
        RdfCanon canon = RdfCanon.create("SHA-256");
        try {
            JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).options(options).provide(canon);
            StringWriter out = new StringWriter();
            canon.provide(new NQuadsWriter(out));
            return out.toString();
        } catch (JsonLdError e) {
            throw new CredentialException(reason(e), e.getMessage(), e);
        } catch (RdfConsumerException e) {
            throw new CredentialException(CredentialException.Reason.NOT_JSON_LD, e.getMessage(), e);
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
