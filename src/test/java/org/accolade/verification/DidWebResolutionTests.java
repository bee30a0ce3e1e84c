package org.accolade.verification;

import static org.accolade.verification.Reports.failure;
import static org.accolade.verification.TestCredentials.credential;
import static org.accolade.verification.TestCredentials.sign;
import static org.accolade.verification.TestCredentials.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLContext;

import org.accolade.shared.credentials.DidWeb;
import org.accolade.shared.credentials.Ed25519;
import org.accolade.verification.TestCredentials.Issuer;
import org.accolade.verification.VerificationRequest.Assertion;
import org.accolade.verification.VerificationRequest.Jws;
import org.accolade.verification.VerificationRequest.Source;
import org.accolade.verification.internal.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The did:web of another issuer than this application, resolved over HTTPS (as did:web always is) through the
 * SSRF-safe fetcher, against a test server on 127.0.0.1 with its own certificate: refused by the application's
 * address policy, resolved once the test allows loopback and trusts the certificate.
 */
class DidWebResolutionTests {

    private static final LoopbackTls TLS = LoopbackTls.create();

    private final BadgeServer server = BadgeServer.startTls(TLS.server());
    private final Issuer issuer = new Issuer(DidWeb.of(server.url(""), "issuers/1"), "Lycée Jean-Moulin",
            Ed25519.generate(), TestCredentials.ecKey());
    private final TestCredentials credentials = new TestCredentials();

    DidWebResolutionTests() {
        server.json("/issuers/1/did.json", issuer.didDocument());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theApplicationsPolicyRefusesADidWebOnAPrivateAddress() {
        VerificationReport report = verify(service(new AddressPolicy(false), TLS.client()), sign(credential(issuer),
                issuer));

        assertThat(issuer.did()).isEqualTo("did:web:127.0.0.1%3A" + server.port() + ":issuers:1");
        assertThat(failure(report)).isEqualTo("signature: Could not fetch the DID document ("
                + server.url("/issuers/1/did.json") + "): the address is private, local or reserved, and is never "
                + "fetched.");
    }

    @Test
    void aDidWebServedOverHttpsIsResolvedWithItsStatusListWhenLoopbackIsAllowed() {
        server.json("/issuers/1/status/1", TestCredentials.statusList(issuer, issuer, Set.of(4)));
        VerificationService service = service(new AddressPolicy(true), TLS.client());

        VerificationReport kept = verify(service, sign(withStatus(credential(issuer), issuer, 5), issuer));
        VerificationReport revoked = verify(service, sign(withStatus(credential(issuer), issuer, 4), issuer));
        VerificationReport jwt = service.verify(new VerificationRequest(new Jws(TestCredentials.jwt(
                credential(issuer), issuer)), null, Locale.ENGLISH));

        assertThat(kept.verified()).as(kept.toString()).isTrue();
        assertThat(revoked.revoked()).isTrue();
        assertThat(jwt.verified()).as(jwt.toString()).isTrue();
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedCannotBeReached() {
        VerificationReport report = verify(service(new AddressPolicy(true),
                TestCredentials.defaultTls()), sign(credential(issuer), issuer));

        assertThat(failure(report)).isEqualTo("signature: Could not fetch the DID document ("
                + server.url("/issuers/1/did.json") + "): the server could not be reached.");
    }

    private VerificationService service(AddressPolicy policy, SSLContext tls) {
        return credentials.service(policy, tls, Clock.systemUTC());
    }

    private static VerificationReport verify(VerificationService service, Object credential) {
        Source source = new Assertion(credential.toString());
        return service.verify(new VerificationRequest(source, null, Locale.ENGLISH));
    }
}
