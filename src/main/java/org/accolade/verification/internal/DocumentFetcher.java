package org.accolade.verification.internal;

import static org.accolade.verification.internal.FetchException.Reason.FORBIDDEN_ADDRESS;
import static org.accolade.verification.internal.FetchException.Reason.HTTP_STATUS;
import static org.accolade.verification.internal.FetchException.Reason.INVALID_URL;
import static org.accolade.verification.internal.FetchException.Reason.NOT_FOUND;
import static org.accolade.verification.internal.FetchException.Reason.REDIRECT_LOOP;
import static org.accolade.verification.internal.FetchException.Reason.TIMEOUT;
import static org.accolade.verification.internal.FetchException.Reason.TOO_LARGE;
import static org.accolade.verification.internal.FetchException.Reason.TOO_MANY_REDIRECTS;
import static org.accolade.verification.internal.FetchException.Reason.UNKNOWN_HOST;
import static org.accolade.verification.internal.FetchException.Reason.UNREACHABLE;
import static org.accolade.verification.internal.FetchException.Reason.UNSUPPORTED_SCHEME;
import static org.accolade.verification.internal.FetchException.Reason.USERINFO;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.accolade.shared.PublicLinks;

/**
 * Fetches the documents a badge points to (assertion, badge class, issuer, key, revocation list) from wherever they
 * are hosted, as a guarded client: http(s) only, no credentials in URLs, public addresses only (see
 * {@link AddressPolicy}), redirects followed by hand so that every hop is checked again, and bounded in time and size:
 * each document within {@code fetch-timeout}, and all the documents of one verification within {@code total-timeout}.
 *
 * <p>The host is resolved once; the request goes to an address that was checked ({@link PinnedRequest}), so that a
 * DNS answer that changes between the check and the connection (rebinding) cannot lead anywhere else.
 */
@Component
public class DocumentFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";

    private final AddressPolicy policy;
    private final VerificationProperties limits;
    private final PublicLinks links;
    private final LocalDocuments localDocuments;
    private final HostResolver resolver;
    private final PinnedRequest requests;

    @Autowired
    public DocumentFetcher(AddressPolicy policy, VerificationProperties limits, PublicLinks links,
            LocalDocuments localDocuments) {
        this(policy, limits, links, localDocuments, defaultTls());
    }

    /** Trusting servers as {@code tls} says: a test trusts its own HTTPS server this way, the application never. */
    public DocumentFetcher(AddressPolicy policy, VerificationProperties limits, PublicLinks links,
            LocalDocuments localDocuments, SSLContext tls) {
        this(policy, limits, links, localDocuments, tls, HostResolver.SYSTEM);
    }

    /** Resolving hosts as {@code resolver} says: a test stands in for DNS this way. */
    public DocumentFetcher(AddressPolicy policy, VerificationProperties limits, PublicLinks links,
            LocalDocuments localDocuments, SSLContext tls, HostResolver resolver) {
        this.policy = policy;
        this.limits = limits;
        this.links = links;
        this.localDocuments = localDocuments;
        this.resolver = resolver;
        this.requests = new PinnedRequest(tls, limits.maxDocumentBytes());
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides TLS", e);
        }
    }

    /** This application's public address: the documents under it are its own, read without HTTP. */
    public PublicLinks publicLinks() {
        return links;
    }

    /** When a verification starting now must have fetched all its documents ({@code System.nanoTime()}). */
    public long verificationDeadline() {
        return System.nanoTime() + limits.totalTimeout().toNanos();
    }

    /** Parses {@code url} first: text from a badge is not trusted to be a URI at all. */
    public FetchedDocument fetch(String url) throws FetchException {
        return fetch(url, verificationDeadline());
    }

    /** The same, given up at {@code deadline} ({@code System.nanoTime()}) if it is sooner than the fetch timeout. */
    public FetchedDocument fetch(String url, long deadline) throws FetchException {
        try {
            return fetch(new URI(url.strip()), deadline);
        } catch (URISyntaxException e) {
            throw new FetchException(INVALID_URL, url, 0, e);
        }
    }

    /** The document at {@code uri} (status 2xx, or 410 Gone with whatever body came), after at most N redirects. */
    public FetchedDocument fetch(URI uri, long verificationDeadline) throws FetchException {
        long deadline = Math.min(verificationDeadline, System.nanoTime() + limits.fetchTimeout().toNanos());
        Set<URI> visited = new HashSet<>();
        URI current = uri;
        for (int hop = 0;; hop++) {
            if (!visited.add(current)) {
                throw new FetchException(REDIRECT_LOOP, uri.toString());
            }
            Optional<FetchedDocument> own = findHere(current);
            if (own.isPresent()) {
                return own.get();
            }
            PinnedRequest.Response response = send(current, allowedAddress(current), deadline);
            if (!REDIRECTS.contains(response.status())) {
                return document(current, response);
            }
            if (hop >= limits.maxRedirects()) {
                throw new FetchException(TOO_MANY_REDIRECTS, uri.toString());
            }
            current = location(current, response);
        }
    }

    /** This application's own documents, without HTTP; a URL under its base that it does not know is not found. */
    private Optional<FetchedDocument> findHere(URI uri) throws FetchException {
        if (!links.isOwn(uri.toString())) {
            return Optional.empty();
        }
        return Optional.of(localDocuments.find(uri).orElseThrow(() -> new FetchException(NOT_FOUND, uri.toString())));
    }

    /** The address to connect to: the host's first, once every address it resolves to is allowed. */
    private InetAddress allowedAddress(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(UNSUPPORTED_SCHEME, uri.toString());
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new FetchException(USERINFO, uri.toString());
        }
        if (uri.getHost() == null) {
            throw new FetchException(INVALID_URL, uri.toString());
        }
        InetAddress[] addresses = resolve(uri);
        for (InetAddress address : addresses) {
            if (!policy.allows(address)) {
                throw new FetchException(FORBIDDEN_ADDRESS, uri.toString());
            }
        }
        return addresses[0];
    }

    private InetAddress[] resolve(URI uri) throws FetchException {
        try {
            InetAddress[] addresses = resolver.resolve(hostOf(uri));
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(uri.getHost());
            }
            return addresses;
        } catch (UnknownHostException | SecurityException e) {
            throw new FetchException(UNKNOWN_HOST, uri.toString(), 0, e);
        }
    }

    /** The host as DNS knows it: an IPv6 literal without its brackets. */
    private static String hostOf(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private PinnedRequest.Response send(URI uri, InetAddress address, long deadline) throws FetchException {
        try {
            return requests.get(uri, address, ACCEPT, deadline);
        } catch (PinnedRequest.TooLarge e) {
            throw new FetchException(TOO_LARGE, uri.toString(), 0, e);
        } catch (PinnedRequest.Late e) {
            throw new FetchException(TIMEOUT, uri.toString(), 0, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(UNREACHABLE, uri.toString(), 0, e);
        }
    }

    private static FetchedDocument document(URI uri, PinnedRequest.Response response) throws FetchException {
        int status = response.status();
        if ((status < 200 || status > 299) && status != FetchedDocument.GONE) {
            throw new FetchException(HTTP_STATUS, uri.toString(), status, null);
        }
        String contentType = Optional.ofNullable(response.header("Content-Type")).orElse("");
        return new FetchedDocument(uri, status, contentType, response.body());
    }

    private static URI location(URI from, PinnedRequest.Response response) throws FetchException {
        String location = Optional.ofNullable(response.header("Location"))
                .orElseThrow(() -> new FetchException(HTTP_STATUS, from.toString(), response.status(), null));
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(INVALID_URL, location, 0, e);
        }
    }
}
