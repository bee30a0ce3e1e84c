package org.accolade.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.accolade.shared.PublicLinks;
import org.accolade.verification.BadgeServer;
import org.accolade.verification.internal.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fetcher refuses every address a hostile badge could aim at the server's own network, before connecting:
 * none of these tests sends a packet anywhere but to the test server on 127.0.0.1.
 */
class DocumentFetcherTests {

    private static final int LIMIT = 4096;

    private final BadgeServer server = BadgeServer.start();
    private final DocumentFetcher publicOnly = fetcher(new AddressPolicy(false), Optional.empty());
    private final DocumentFetcher loopbackAllowed = fetcher(new AddressPolicy(true), Optional.empty());

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1/assertion, FORBIDDEN_ADDRESS",
            "http://localhost:9/assertion, FORBIDDEN_ADDRESS",
            "http://10.0.0.1/assertion, FORBIDDEN_ADDRESS",
            "http://172.16.5.4/assertion, FORBIDDEN_ADDRESS",
            "http://192.168.1.1/assertion, FORBIDDEN_ADDRESS",
            "http://100.64.0.1/assertion, FORBIDDEN_ADDRESS",
            "http://169.254.169.254/latest/meta-data, FORBIDDEN_ADDRESS",
            "http://0.0.0.0/assertion, FORBIDDEN_ADDRESS",
            "http://224.0.0.1/assertion, FORBIDDEN_ADDRESS",
            "'http://[::1]/assertion', FORBIDDEN_ADDRESS",
            "'http://[fc00::1]/assertion', FORBIDDEN_ADDRESS",
            "'http://[fe80::1]/assertion', FORBIDDEN_ADDRESS",
            "'http://[::ffff:10.0.0.1]/assertion', FORBIDDEN_ADDRESS",
            "file:///etc/passwd, UNSUPPORTED_SCHEME",
            "ftp://example.org/assertion.json, UNSUPPORTED_SCHEME",
            "gopher://example.org/, UNSUPPORTED_SCHEME",
            "http://user:secret@example.org/assertion, USERINFO",
            "http://example.org@10.0.0.1/assertion, USERINFO",
            "not a url, INVALID_URL" })
    void addressesOutsideThePublicInternetAreRefusedBeforeAnyConnection(String url, Reason reason) {
        assertThat(refusal(publicOnly, url)).isEqualTo(reason);
    }

    @Test
    void aPublicDocumentIsFetchedWithItsStatusAndType() throws FetchException {
        server.json("/assertion", "{\"id\":\"x\"}");

        FetchedDocument document = loopbackAllowed.fetch(server.url("/assertion"));

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.contentType()).isEqualTo("application/ld+json");
        assertThat(document.text()).isEqualTo("{\"id\":\"x\"}");
    }

    @Test
    void redirectsAreFollowedAndEachHopIsCheckedAgain() throws FetchException {
        server.json("/final", "{}").redirect("/moved", server.url("/final"))
                .redirect("/to-private", "http://10.0.0.1/assertion")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data");

        assertThat(loopbackAllowed.fetch(server.url("/moved")).uri()).isEqualTo(URI.create(server.url("/final")));
        assertThat(refusal(loopbackAllowed, server.url("/to-private"))).isEqualTo(Reason.FORBIDDEN_ADDRESS);
        assertThat(refusal(loopbackAllowed, server.url("/to-metadata"))).isEqualTo(Reason.FORBIDDEN_ADDRESS);
    }

    @Test
    void aRedirectLoopAndTooManyRedirectsAreRefused() {
        server.redirect("/a", server.url("/b")).redirect("/b", server.url("/a"));
        server.redirect("/1", server.url("/2")).redirect("/2", server.url("/3")).redirect("/3", server.url("/4"))
                .redirect("/4", server.url("/5")).json("/5", "{}");

        assertThat(refusal(loopbackAllowed, server.url("/a"))).isEqualTo(Reason.REDIRECT_LOOP);
        assertThat(refusal(loopbackAllowed, server.url("/1"))).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    void aBodyOverTheLimitIsAbandoned() {
        server.respond("/big", 200, "application/json", new byte[LIMIT + 1]);

        assertThat(refusal(loopbackAllowed, server.url("/big"))).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheTimeLimit() {
        server.hang("/slow");
        long start = System.nanoTime();

        assertThat(refusal(loopbackAllowed, server.url("/slow"))).isEqualTo(Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void anUnreachableServerAndAnErrorStatusAreReported() {
        BadgeServer closed = BadgeServer.start();
        String gone = closed.url("/assertion");
        closed.close();

        assertThat(refusal(loopbackAllowed, gone)).isEqualTo(Reason.UNREACHABLE);
        assertThat(refusal(loopbackAllowed, server.url("/missing"))).isEqualTo(Reason.HTTP_STATUS);
    }

    @Test
    void documentsUnderThePublicBaseUrlAreReadFromThisApplicationWithoutHttp() throws FetchException {
        URI own = URI.create("http://localhost:8080/ob/v2/assertions/1");
        FetchedDocument revoked = new FetchedDocument(own, 410, "application/ld+json", new byte[0]);
        DocumentFetcher local = fetcher(new AddressPolicy(false),
                Optional.of(uri -> uri.equals(own) ? Optional.of(revoked) : Optional.empty()));

        assertThat(local.fetch(own.toString()).gone()).isTrue();
        assertThat(refusal(local, "http://localhost:8080/ob/v2/assertions/2")).isEqualTo(Reason.NOT_FOUND);
    }

    private static Reason refusal(DocumentFetcher fetcher, String url) {
        return catchThrowableOfType(() -> fetcher.fetch(url), FetchException.class).reason();
    }

    private static DocumentFetcher fetcher(AddressPolicy policy, Optional<LocalDocuments> local) {
        return new DocumentFetcher(policy, new VerificationProperties(Duration.ofMillis(700), LIMIT, 3),
                new PublicLinks("http://localhost:8080"), local.orElse(uri -> Optional.empty()));
    }
}
