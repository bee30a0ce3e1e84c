package org.accolade.verification.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.accolade.issuance.HostedDocuments;
import org.springframework.stereotype.Component;

/**
 * The badges this application issued, read from the issuance module rather than fetched over HTTP: its public URL
 * may not be reachable from the server itself, and the fetcher refuses loopback addresses anyway.
 */
@Component
class HostedLocalDocuments implements LocalDocuments {

    private static final String JSON_LD = "application/ld+json";

    private final HostedDocuments documents;

    HostedLocalDocuments(HostedDocuments documents) {
        this.documents = documents;
    }

    @Override
    public Optional<FetchedDocument> find(URI uri) {
        return documents.resolve(uri).map(document -> new FetchedDocument(uri, document.status(), JSON_LD,
                document.json().getBytes(StandardCharsets.UTF_8)));
    }
}
