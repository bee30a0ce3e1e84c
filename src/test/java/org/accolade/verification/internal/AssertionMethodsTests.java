package org.accolade.verification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accolade.shared.PublicLinks;
import org.accolade.shared.credentials.DidWeb;
import org.accolade.shared.credentials.Ed25519;
import org.accolade.verification.TestCredentials;
import org.accolade.verification.TestCredentials.Issuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * This application's own DIDs are read at its own address, whatever its scheme, port and path: did:web says https,
 * and the public base URL may be plain http (it is, by default). Nothing is fetched over the network here.
 */
class AssertionMethodsTests {

    private final List<URI> askedHere = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "https://badges.example.org", "https://example.org/accolade",
            "http://example.org:8081/accolade/"})
    void anOwnDidWebIsReadAtThePublicBaseUrl(String base) throws Refusal {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        Issuer issuer = new Issuer(DidWeb.of(root, "ob/v3/issuers/42"), "Collège", Ed25519.generate(),
                TestCredentials.ecKey());
        AssertionMethods methods = methods(base, root + "/ob/v3/issuers/42/did.json", issuer);

        AssertionMethod method = methods.resolve(issuer.method());

        assertThat(askedHere).containsExactly(URI.create(root + "/ob/v3/issuers/42/did.json"));
        assertThat(method.did()).isEqualTo(issuer.did());
    }

    @Test
    void aDidWebOfTheSameHostOnAnotherPortIsNotOurs() {
        Issuer issuer = new Issuer(DidWeb.of("https://localhost:9443", "ob/v3/issuers/42"), "Elsewhere",
                Ed25519.generate(), TestCredentials.ecKey());
        AssertionMethods methods = methods("http://localhost:8080", "http://localhost:8080/ob/v3/issuers/42/did.json",
                issuer);

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> methods.resolve(issuer.method()));

        assertThat(askedHere).isEmpty();
        assertThat(refusal.message().arguments()).contains("https://localhost:9443/ob/v3/issuers/42/did.json");
    }

    /** Methods resolved by a verifier whose public base URL is {@code base}, hosting the DID document at {@code url}. */
    private AssertionMethods methods(String base, String url, Issuer issuer) {
        LocalDocuments here = uri -> {
            askedHere.add(uri);
            return Optional.of(uri.toString()).filter(url::equals).map(found -> new FetchedDocument(uri, 200,
                    "application/did+json", issuer.didDocument().toString().getBytes(StandardCharsets.UTF_8)));
        };
        PublicLinks links = new PublicLinks(base);
        DocumentFetcher fetcher = new DocumentFetcher(new AddressPolicy(false),
                new VerificationProperties(Duration.ofSeconds(1), 1 << 16, 0), links, here);
        return new AssertionMethods(new Documents(fetcher, new Findings()), links);
    }
}
