package org.accolade.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.accolade.shared.PublicLinks;
import org.accolade.verification.internal.AddressPolicy;
import org.accolade.verification.internal.DocumentFetcher;
import org.accolade.verification.internal.FetchException;
import org.accolade.verification.internal.FetchException.Reason;
import org.accolade.verification.internal.HostResolver;
import org.accolade.verification.internal.VerificationProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher connects to the address it checked, never to what a second DNS answer would say (rebinding), and over
 * HTTPS still checks the certificate against the host named in the URL. DNS is played by a resolver of the test's.
 */
class PinnedFetchTests {

    private static final LoopbackTls TLS = LoopbackTls.create();

    private final BadgeServer server = BadgeServer.start();
    private final BadgeServer secure = BadgeServer.startTls(TLS.server());

    @AfterEach
    void stopServers() {
        server.close();
        secure.close();
    }

    @Test
    void aHostAnsweringAnAllowedAddressThenAnotherIsFetchedFromTheFirstAndResolvedOnce() throws FetchException {
        server.json("/assertion", "{\"id\":\"pinned\"}");
        Rebinding dns = new Rebinding("127.0.0.1", "10.0.0.1");
        DocumentFetcher fetcher = fetcher(new AddressPolicy(true), SslContexts.DEFAULT, dns);

        String fetched = fetcher.fetch("http://badge.test:" + server.port() + "/assertion").text();

        assertThat(fetched).isEqualTo("{\"id\":\"pinned\"}");
        assertThat(dns.lookups.get()).isEqualTo(1);
    }

    @Test
    void aHostAnsweringAPublicAndAPrivateAddressIsRefusedBeforeAnyConnection() {
        HostResolver dns = host -> new InetAddress[] { address("93.184.216.34"), address("10.0.0.1") };
        DocumentFetcher fetcher = fetcher(new AddressPolicy(false), SslContexts.DEFAULT, dns);

        assertThat(refusal(fetcher, "https://badge.test/assertion")).isEqualTo(Reason.FORBIDDEN_ADDRESS);
    }

    @Test
    void overHttpsTheCertificateMustNameTheHostOfTheUrlNotTheAddressConnectedTo() throws FetchException {
        secure.json("/assertion", "{\"id\":\"tls\"}");
        HostResolver dns = host -> new InetAddress[] { address("127.0.0.1") };
        DocumentFetcher fetcher = fetcher(new AddressPolicy(true), TLS.client(), dns);

        assertThat(fetcher.fetch(secure.url("/assertion")).text()).isEqualTo("{\"id\":\"tls\"}");
        assertThat(refusal(fetcher, "https://badge.test:" + secure.port() + "/assertion"))
                .as("the certificate names 127.0.0.1 only").isEqualTo(Reason.UNREACHABLE);
    }

    private static DocumentFetcher fetcher(AddressPolicy policy, SSLContext tls, HostResolver dns) {
        return new DocumentFetcher(policy, new VerificationProperties(Duration.ofSeconds(2), 4096, 3),
                new PublicLinks("http://localhost:8080"), uri -> Optional.empty(), tls, dns);
    }

    private static Reason refusal(DocumentFetcher fetcher, String url) {
        return catchThrowableOfType(() -> fetcher.fetch(url), FetchException.class).reason();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DNS that answers one address first and another ever after, as a rebinding attacker's would. */
    private static final class Rebinding implements HostResolver {

        private final List<String> answers;
        private final AtomicInteger lookups = new AtomicInteger();

        Rebinding(String first, String then) {
            this.answers = List.of(first, then);
        }

        @Override
        public InetAddress[] resolve(String host) {
            int lookup = lookups.getAndIncrement();
            return new InetAddress[] { address(answers.get(Math.min(lookup, 1))) };
        }
    }

    private static final class SslContexts {

        static final SSLContext DEFAULT = defaultContext();

        private static SSLContext defaultContext() {
            try {
                return SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
