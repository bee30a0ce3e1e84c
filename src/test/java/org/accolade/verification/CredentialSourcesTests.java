package org.accolade.verification;

import static org.accolade.verification.TestCredentials.EMAIL;
import static org.accolade.verification.TestCredentials.credential;
import static org.accolade.verification.TestCredentials.jwt;
import static org.accolade.verification.TestCredentials.sign;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.verification.TestCredentials.Issuer;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationRequest.Pasted;
import org.accolade.verification.VerificationRequest.Source;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationRequest.Url;
import org.accolade.verification.internal.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every form an Open Badges 3.0 credential is handed in: baked in a PNG or an SVG, as a JSON or JWT file, pasted, or
 * at a URL (served by a test server on loopback, which this verifier is allowed to fetch).
 */
class CredentialSourcesTests {

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"/>";

    private final TestCredentials credentials = new TestCredentials();
    private final Issuer issuer = credentials.ownIssuer("Collège");
    private final String json = sign(credential(issuer), issuer).toString();
    private final String jwt = jwt(credential(issuer), issuer);
    private final BadgeServer server = BadgeServer.start();
    private final VerificationService service = credentials.service(new AddressPolicy(true),
            TestCredentials.defaultTls(), Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"),
                    ZoneOffset.UTC));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aCredentialOrItsJwtBakedInAPngIsFoundUnderItsOwnKeyword() throws Exception {
        PngBaker baker = new PngBaker();

        assertVerified(file(baker.bake(TestBadges.png(), PngBaker.OPEN_BADGES_3, json), "badge.png"));
        assertVerified(file(baker.bake(TestBadges.png(), PngBaker.OPEN_BADGES_3, jwt), "badge.png"));
    }

    @Test
    void aCredentialOrItsJwtBakedInAnSvgIsFound() throws Exception {
        SvgBaker baker = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_3);

        assertVerified(file(baker.bake(SVG, json).getBytes(StandardCharsets.UTF_8), "badge.svg"));
        assertVerified(file(baker.bake(SVG, jwt).getBytes(StandardCharsets.UTF_8), "badge.svg"));
    }

    @Test
    void aJsonOrJwtFileAndPastedTextAreRecognisedByContent() {
        assertVerified(file(json.getBytes(StandardCharsets.UTF_8), "badge.json"));
        assertVerified(file(jwt.getBytes(StandardCharsets.UTF_8), "badge.jwt"));
        assertVerified(new Pasted("  " + json + "\n"));
        assertVerified(new Pasted(jwt));
    }

    @Test
    void aUrlThatServesTheCredentialOrItsJwtIsFetchedOnce() {
        server.respond("/credentials/1", 200, "application/vc+ld+json", json.getBytes(StandardCharsets.UTF_8))
                .respond("/credentials/1.jwt", 200, "application/vc+jwt", jwt.getBytes(StandardCharsets.UTF_8));

        assertVerified(new Url(server.url("/credentials/1")));
        assertVerified(new Url(server.url("/credentials/1.jwt")));
    }

    /** Verified, and read as a 3.0 credential, not mistaken for a 2.0 assertion. */
    private void assertVerified(Source source) {
        VerificationReport report = service.verify(new VerificationRequest(source, EMAIL, Locale.ENGLISH));
        assertThat(report.verified()).as(report.toString()).isTrue();
        Check first = report.checks().get(0);
        assertThat(first.name()).isEqualTo("found");
        assertThat(first.message()).startsWith("The Open Badges 3.0 credential");
    }

    private static UploadedFile file(byte[] bytes, String name) {
        return new UploadedFile(bytes, name, null);
    }
}
