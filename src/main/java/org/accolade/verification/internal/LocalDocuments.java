package org.accolade.verification.internal;

import java.net.URI;
import java.util.Optional;

/**
 * Documents this application hosts itself (under {@code accolade.public-base-url}), read without a round trip over
 * HTTP (HostedLocalDocuments reads them from the issuance module).
 */
public interface LocalDocuments {

    /** The document at {@code uri}, with status 410 when it was revoked; empty when this application has none. */
    Optional<FetchedDocument> find(URI uri);
}
