package org.accolade.verification.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.accolade.shared.PublicLinks;
import org.accolade.shared.credentials.CredentialException;
import org.accolade.shared.credentials.DidKey;
import org.accolade.shared.credentials.DidWeb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finds the verification method a proof or a VC-JWT names, as an entry of its DID document. A did:key is its own
 * document. A did:web document is fetched like any other document, through the SSRF guard, except this
 * application's own: did:web always means https, while this application's public address may be plain http, so a
 * did:web under that address is read at that address, which the fetcher answers locally.
 *
 * <p>A method is accepted only from the document of its own DID, controlled by that DID and listed there for
 * {@code assertionMethod}: any key a document merely mentions could otherwise sign credentials in that DID's name.
 */
final class AssertionMethods {

    private final Documents documents;
    private final URI publicBase;

    AssertionMethods(Documents documents, PublicLinks links) {
        this.documents = documents;
        this.publicBase = URI.create(links.base());
    }

    /** The assertion method {@code id} (a DID URL with a fragment) in its DID document. */
    AssertionMethod resolve(String id) throws Refusal {
        int hash = id.indexOf('#');
        String did = hash < 0 ? id : id.substring(0, hash);
        if (did.startsWith(DidKey.PREFIX)) {
            return didKey(id, did);
        }
        if (did.startsWith(DidWeb.PREFIX) && hash > 0) {
            return didWeb(id, did);
        }
        throw new Refusal("verification.key.unsupported-method", id);
    }

    /** The one method of a did:key, a Multikey entry made from the identifier itself. */
    private static AssertionMethod didKey(String id, String did) throws Refusal {
        try {
            DidKey.publicKey(id);
        } catch (CredentialException e) {
            throw new Refusal("verification.key.malformed", id);
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("id", id).put("type", "Multikey")
                .put("controller", did).put("publicKeyMultibase", did.substring(DidKey.PREFIX.length()));
        return new AssertionMethod(id, did, entry);
    }

    private AssertionMethod didWeb(String id, String did) throws Refusal {
        URI address = DidWeb.documentUrl(did).orElseThrow(() -> new Refusal("verification.key.invalid-did", did));
        String url = ownAddress(address).orElse(address).toString();
        JsonNode document = documents.json("verification.document.did", url);
        if (!did.equals(Json.text(document, "id"))) {
            throw new Refusal("verification.key.other-did", url, did);
        }
        JsonNode entry = Stream.concat(Json.all(document.path("verificationMethod")).stream(),
                Json.all(document.path("assertionMethod")).stream().filter(JsonNode::isObject))
                .filter(method -> id.equals(absolute(did, Json.text(method, "id")))).findFirst()
                .orElseThrow(() -> new Refusal("verification.key.not-in-document", id, did));
        if (!did.equals(Json.text(entry, "controller"))) {
            throw new Refusal("verification.key.other-controller", id, String.valueOf(Json.text(entry, "controller")));
        }
        if (!assertionMethods(did, document).contains(id)) {
            throw new Refusal("verification.key.not-assertion-method", id);
        }
        return new AssertionMethod(id, did, entry);
    }

    /** The ids listed for assertionMethod, as references or as embedded methods, made absolute. */
    private static List<String> assertionMethods(String did, JsonNode document) {
        return Json.ids(document.path("assertionMethod")).stream().map(method -> absolute(did, method)).toList();
    }

    /** A DID document may name its methods relative to itself ({@code #key-1}). */
    private static String absolute(String did, String methodId) {
        return methodId != null && methodId.startsWith("#") ? did + methodId : methodId;
    }

    /** The address of a DID document under this application's public base URL, with that URL's own scheme. */
    private Optional<URI> ownAddress(URI didDocument) {
        String basePath = publicBase.getRawPath() == null ? "" : publicBase.getRawPath();
        boolean sameHost = publicBase.getRawAuthority() != null && didDocument.getRawAuthority() != null
                && publicBase.getRawAuthority().toLowerCase(Locale.ROOT)
                        .equals(didDocument.getRawAuthority().toLowerCase(Locale.ROOT));
        if (!sameHost || !didDocument.getRawPath().startsWith(basePath + "/")) {
            return Optional.empty();
        }
        return Optional.of(URI.create(publicBase + didDocument.getRawPath().substring(basePath.length())));
    }
}
