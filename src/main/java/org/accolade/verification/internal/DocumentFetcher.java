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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches the documents a badge points to (assertion, badge class, issuer, key, revocation list) from wherever they
 * are hosted, as a guarded client: http(s) only, no credentials in URLs, public addresses only (see
 * {@link AddressPolicy}), redirects followed by hand so that every hop is checked again, and bounded in time and size.
 *
 * <p>The host is resolved and checked before each request, and the JDK client resolves it again to connect; a DNS
 * answer that changes in that instant (rebinding) is the remaining gap, narrowed by checking every hop and by the
 * short time limit. Closing it fully would mean connecting to the checked address, which the JDK client cannot do
 * for HTTPS without giving up certificate checks.
 */
@Component
public class DocumentFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";

    private final AddressPolicy policy;
    private final VerificationProperties limits;
    private final String publicBaseUrl;
    private final LocalDocuments localDocuments;
    private final HttpClient client;

    @Autowired
    public DocumentFetcher(AddressPolicy policy, VerificationProperties limits,
            @Value("${accolade.public-base-url}") String publicBaseUrl,
            LocalDocuments localDocuments) {
        this(policy, limits, publicBaseUrl, localDocuments, defaultTls());
    }

    /** Trusting servers as {@code tls} says: a test trusts its own HTTPS server this way, the application never. */
    public DocumentFetcher(AddressPolicy policy, VerificationProperties limits, String publicBaseUrl,
            LocalDocuments localDocuments, SSLContext tls) {
        this.policy = policy;
        this.limits = limits;
        this.publicBaseUrl = publicBaseUrl;
        this.localDocuments = localDocuments;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).sslContext(tls)
                .connectTimeout(limits.fetchTimeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides TLS", e);
        }
    }

    /** {@code accolade.public-base-url}: the documents under it are this application's own, read without HTTP. */
    public String publicBaseUrl() {
        return publicBaseUrl;
    }

    /** Parses {@code url} first: text from a badge is not trusted to be a URI at all. */
    public FetchedDocument fetch(String url) throws FetchException {
        try {
            return fetch(new URI(url.strip()));
        } catch (URISyntaxException e) {
            throw new FetchException(INVALID_URL, url, 0, e);
        }
    }

    /** The document at {@code uri} (status 2xx, or 410 Gone with whatever body came), after at most N redirects. */
    public FetchedDocument fetch(URI uri) throws FetchException {
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
            requireAllowed(current);
            HttpResponse<byte[]> response = send(current);
            if (!REDIRECTS.contains(response.statusCode())) {
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
        if (!uri.toString().startsWith(publicBaseUrl)) {
            return Optional.empty();
        }
        return Optional.of(localDocuments.find(uri).orElseThrow(() -> new FetchException(NOT_FOUND, uri.toString())));
    }

    private void requireAllowed(URI uri) throws FetchException {
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
        for (InetAddress address : resolve(uri)) {
            if (!policy.allows(address)) {
                throw new FetchException(FORBIDDEN_ADDRESS, uri.toString());
            }
        }
    }

    private static InetAddress[] resolve(URI uri) throws FetchException {
        try {
            return InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            throw new FetchException(UNKNOWN_HOST, uri.toString(), 0, e);
        }
    }

    private HttpResponse<byte[]> send(URI uri) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", ACCEPT)
                .timeout(limits.fetchTimeout()).build();
        CompletableFuture<HttpResponse<byte[]>> response =
                client.sendAsync(request, BoundedBody.handler(limits.maxDocumentBytes()));
        try {
            // The request's own timeout stops at the headers; this one bounds the body as well.
            return response.get(limits.fetchTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new FetchException(TIMEOUT, uri.toString(), 0, e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(UNREACHABLE, uri.toString(), 0, e);
        } catch (IllegalArgumentException e) {
            throw new FetchException(INVALID_URL, uri.toString(), 0, e);
        }
    }

    private static FetchException failure(URI uri, Throwable cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return new FetchException(TOO_LARGE, uri.toString(), 0, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException(TIMEOUT, uri.toString(), 0, cause);
        }
        return new FetchException(UNREACHABLE, uri.toString(), 0, cause);
    }

    private static FetchedDocument document(URI uri, HttpResponse<byte[]> response) throws FetchException {
        int status = response.statusCode();
        if ((status < 200 || status > 299) && status != FetchedDocument.GONE) {
            throw new FetchException(HTTP_STATUS, uri.toString(), status, null);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return new FetchedDocument(uri, status, contentType, response.body());
    }

    private static URI location(URI from, HttpResponse<byte[]> response) throws FetchException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new FetchException(HTTP_STATUS, from.toString(), response.statusCode(), null));
        try {
            return from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(INVALID_URL, location, 0, e);
        }
    }
}
