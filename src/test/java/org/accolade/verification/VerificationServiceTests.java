package org.accolade.verification;

import static org.accolade.verification.TestBadges.EMAIL;
import static org.accolade.verification.TestBadges.KEY;
import static org.accolade.verification.TestBadges.OTHER_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationRequest.Assertion;
import org.accolade.verification.VerificationRequest.Jws;
import org.accolade.verification.VerificationRequest.Pasted;
import org.accolade.verification.VerificationRequest.Source;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationRequest.Url;
import org.accolade.verification.internal.AddressPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;

class VerificationServiceTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final BadgeServer server = BadgeServer.start();
    private final TestBadges badges = new TestBadges(server).publishIssuer();
    private final VerificationService service = TestBadges.service(new AddressPolicy(true), Duration.ofSeconds(2),
            1 << 20, Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aHostedBadgeServedByItsIssuerIsVerifiedWithEveryCheckPassed() {
        server.json("/assertions/1", badges.hosted("/assertions/1"));

        VerificationReport report = verify(new Url(badges.url("/assertions/1")), EMAIL);

        assertThat(report.verified()).isTrue();
        assertThat(passed(report)).containsExactly(Map.entry("found", true), Map.entry("well-formed", true),
                Map.entry("issuer-owns-badge", true), Map.entry("recipient", true), Map.entry("not-expired", true),
                Map.entry("not-revoked", true));
        assertThat(report.recipientMatches()).isTrue();
        assertThat(report.badge().name()).isEqualTo("Citoyen");
        assertThat(report.badge().criteria()).isEqualTo(badges.url("/criteria"));
        assertThat(report.issuer().name()).isEqualTo("Accolade Test");
    }

    @Test
    void pastedJsonIsCheckedAgainstWhatItsIdServesNotTrustedAsGiven() {
        ObjectNode served = badges.hosted("/assertions/1");
        server.json("/assertions/1", served);
        ObjectNode forged = served.deepCopy().put("expires", "2099-01-01T00:00:00Z");
        forged.with("recipient").put("identity", "sha256$0000");

        VerificationReport report = verify(new Pasted(forged.toString()), EMAIL);

        assertThat(report.verified()).isTrue();
        assertThat(report.recipientMatches()).isTrue();
    }

    @Test
    void aBadgeWhoseUrlAnswersGoneIsRevoked() {
        server.respond("/assertions/gone", 410, "application/json", "{}".getBytes());

        VerificationReport report = verify(new Url(badges.url("/assertions/gone")), null);

        assertThat(report.verified()).isFalse();
        assertThat(report.revoked()).isTrue();
        assertThat(report.checks()).extracting(Check::name).containsExactly("not-revoked");
        assertThat(report.firstFailure().orElseThrow().message()).contains("410 Gone");
    }

    @Test
    void aHostedBadgeMarkedRevokedIsNotVerifiedAndSaysWhy() {
        server.json("/assertions/1", badges.hosted("/assertions/1").put("revoked", true)
                .put("revocationReason", "Awarded by mistake"));

        VerificationReport report = verify(new Url(badges.url("/assertions/1")), null);

        assertThat(report.verified()).isFalse();
        assertThat(report.revoked()).isTrue();
        assertThat(failure(report)).isEqualTo("not-revoked: The issuer revoked this badge. Reason: Awarded by mistake");
    }

    @Test
    void anExpiredBadgeIsNotVerifiedAndTheReportSaysSinceWhenInFrench() {
        server.json("/assertions/1", badges.hosted("/assertions/1").put("expires", "2026-02-01T00:00:00Z"));

        VerificationReport report = service.verify(
                new VerificationRequest(new Url(badges.url("/assertions/1")), null, Locale.FRENCH));

        assertThat(report.verified()).isFalse();
        assertThat(report.expired()).isTrue();
        assertThat(failure(report)).isEqualTo("not-expired: Le badge a expiré le 1 février 2026.");
    }

    @Test
    void theRecipientMatchesWhateverTheCaseAndSpacesOfTheEmailGiven() {
        server.json("/assertions/1", badges.hosted("/assertions/1"));

        VerificationReport report = verify(new Url(badges.url("/assertions/1")), "  alice.MARTIN@Example.ORG ");

        assertThat(report.recipientMatches()).isTrue();
        assertThat(report.verified()).isTrue();
    }

    @Test
    void anotherEmailIsNotTheRecipientAndNoEmailChecksNoRecipient() {
        server.json("/assertions/1", badges.hosted("/assertions/1"));

        VerificationReport other = verify(new Url(badges.url("/assertions/1")), "bob@example.org");
        VerificationReport none = verify(new Url(badges.url("/assertions/1")), null);

        assertThat(other.verified()).isFalse();
        assertThat(other.recipientMatches()).isFalse();
        assertThat(failure(other)).isEqualTo("recipient: The badge was not awarded to bob@example.org.");
        assertThat(none.recipientMatches()).isNull();
        assertThat(none.checks()).extracting(Check::name).doesNotContain("recipient");
        assertThat(none.verified()).isTrue();
    }

    @Test
    void plainTextAndMd5RecipientsAreRecognisedToo() {
        ObjectNode plain = badges.hosted("/assertions/plain");
        plain.with("recipient").put("hashed", false).put("identity", "alice.martin@example.org").remove("salt");
        ObjectNode md5 = badges.hosted("/assertions/md5");
        // md5("alice.martin@example.orgpepper")
        md5.with("recipient").put("identity", "md5$" + md5Hex("alice.martin@example.orgpepper")).put("salt", "pepper");
        server.json("/assertions/plain", plain).json("/assertions/md5", md5);

        assertThat(verify(new Url(badges.url("/assertions/plain")), EMAIL).recipientMatches()).isTrue();
        assertThat(verify(new Url(badges.url("/assertions/md5")), EMAIL).recipientMatches()).isTrue();
    }

    @Test
    void anAssertionHostedOutsideTheIssuersOriginIsNotTheIssuers() {
        // Same server, other host name: localhost is not the issuer's 127.0.0.1.
        String elsewhere = badges.url("/assertions/elsewhere").replace("127.0.0.1", "localhost");
        server.json("/assertions/elsewhere", badges.hosted("/assertions/elsewhere").put("id", elsewhere));

        VerificationReport report = verify(new Url(elsewhere), null);

        assertThat(report.verified()).isFalse();
        assertThat(failure(report)).startsWith("issuer-owns-badge: The assertion " + elsewhere
                + " is not hosted where the issuer");
    }

    @Test
    void theIssuersStartsWithPolicyNarrowsWhereItsAssertionsMayBe() {
        ObjectNode issuer = badges.issuer();
        issuer.putObject("verification").put("type", "hosted").put("startsWith", badges.url("/official/"));
        server.json("/issuer", issuer).json("/assertions/1", badges.hosted("/assertions/1"));

        assertThat(verify(new Url(badges.url("/assertions/1")), null).verified()).isFalse();
    }

    @Test
    void aSignedBadgeWithTheIssuersKeyIsVerified() {
        String jws = TestBadges.sign(badges.signed("urn:uuid:1b1f3d1e-0000-4000-8000-000000000001"), KEY);

        VerificationReport report = verify(new Jws(jws), EMAIL);

        assertThat(report.verified()).isTrue();
        assertThat(passed(report)).containsExactly(Map.entry("found", true), Map.entry("well-formed", true),
                Map.entry("signature", true), Map.entry("issuer-owns-badge", true), Map.entry("recipient", true),
                Map.entry("not-expired", true), Map.entry("not-revoked", true));
    }

    @Test
    void aTamperedPayloadBreaksTheSignature() {
        String jws = TestBadges.sign(badges.signed("urn:uuid:1"), KEY);
        String[] parts = jws.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                badges.signed("urn:uuid:1").put("expires", "2099-01-01").toString().getBytes(StandardCharsets.UTF_8));

        VerificationReport report = verify(new Jws(parts[0] + "." + forged + "." + parts[2]), null);

        assertThat(report.verified()).isFalse();
        assertThat(failure(report)).startsWith("signature: The signature does not match the key");
    }

    @Test
    void aSignatureByAnotherKeyThanTheOnePublishedIsRefused() {
        VerificationReport report = verify(new Jws(TestBadges.sign(badges.signed("urn:uuid:1"), OTHER_KEY)), null);

        assertThat(report.verified()).isFalse();
        assertThat(failure(report)).startsWith("signature: The signature does not match");
    }

    @Test
    void aKeyTheIssuerDoesNotListIsNotTheIssuers() {
        ObjectNode issuer = badges.issuer();
        issuer.putArray("publicKey").add(badges.url("/another-key"));
        server.json("/issuer", issuer);

        VerificationReport report = verify(new Jws(TestBadges.sign(badges.signed("urn:uuid:1"), KEY)), null);

        assertThat(report.verified()).isFalse();
        assertThat(failure(report)).startsWith("issuer-owns-badge: The key " + badges.url("/key")
                + " does not belong");
    }

    @Test
    void algNoneAndOtherAlgorithmsThanRs256AreRefused() {
        VerificationReport none = verify(new Jws(TestBadges.unsigned(badges.signed("urn:uuid:1"))), null);
        VerificationReport rs512 = verify(
                new Jws(TestBadges.sign(badges.signed("urn:uuid:1"), KEY, JWSAlgorithm.RS512)), null);

        assertThat(none.verified()).isFalse();
        assertThat(failure(none)).isEqualTo(
                "signature: The signature algorithm \"none\" is refused: Open Badges 2.0 requires RS256.");
        assertThat(failure(rs512)).startsWith("signature: The signature algorithm \"RS512\" is refused");
    }

    @Test
    void aSignedBadgeInItsIssuersRevocationListIsRevoked() {
        ObjectNode issuer = badges.issuer().put("revocationList", badges.url("/revocations"));
        ObjectNode list = TestBadges.object().put("type", "RevocationList").put("issuer", badges.url("/issuer"));
        list.putArray("revokedAssertions").add("urn:uuid:other")
                .addObject().put("id", "urn:uuid:2").put("revocationReason", "Fraud");
        server.json("/issuer", issuer).json("/revocations", list);

        VerificationReport revoked = verify(new Jws(TestBadges.sign(badges.signed("urn:uuid:2"), KEY)), null);
        VerificationReport kept = verify(new Jws(TestBadges.sign(badges.signed("urn:uuid:3"), KEY)), null);

        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.verified()).isFalse();
        assertThat(failure(revoked)).isEqualTo("not-revoked: The issuer revoked this badge. Reason: Fraud");
        assertThat(kept.verified()).isTrue();
    }

    @Test
    void aSignedBadgeBakedInAPngOrAnSvgIsReadAndVerified() throws Exception {
        String jws = TestBadges.sign(badges.signed("urn:uuid:4"), KEY);
        byte[] png = new PngBaker().bake(TestBadges.png(), PngBaker.OPEN_BADGES_2, jws);
        String svg = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2).bake("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", jws);

        assertThat(verify(new UploadedFile(png, "badge.bin", null), null).verified()).isTrue();
        assertThat(verify(new UploadedFile(svg.getBytes(StandardCharsets.UTF_8), "b.svg", "image/svg+xml"), null)
                .verified()).isTrue();
    }

    @Test
    void aHostedBadgeBakedInAPngIsVerifiedFromItsUrl() throws Exception {
        ObjectNode assertion = badges.hosted("/assertions/1");
        server.json("/assertions/1", assertion);
        byte[] png = new PngBaker().bake(TestBadges.png(), PngBaker.OPEN_BADGES_2, assertion.toString());

        assertThat(verify(new UploadedFile(png, "badge.png", "image/png"), EMAIL).verified()).isTrue();
    }

    @Test
    void everyBadInputIsAVerdictWithItsReasonNeverAnException() throws Exception {
        byte[] baked = new PngBaker().bake(TestBadges.png(), PngBaker.OPEN_BADGES_2, "https://example.org/a");
        Map<Source, String> reasons = Map.of(
                new UploadedFile("GIF89a....".getBytes(), "badge.gif", "image/gif"),
                "found: The file is not a PNG image, an SVG image or a JSON file.",
                new UploadedFile(Arrays.copyOf(baked, baked.length - 20), "badge.png", "image/png"),
                "found: The PNG image is cut short: the file is incomplete.",
                new UploadedFile(TestBadges.png(), "plain.png", "image/png"),
                "found: The image carries no Open Badges assertion: it is not a baked badge.",
                new Assertion("{\"id\": "), "well-formed: The assertion is not a JSON object.",
                new Pasted("just some words"),
                "found: The text is neither an Open Badges assertion in JSON, nor a signed assertion (JWS), nor a URL.",
                new Url("http://169.254.169.254/latest/meta-data"),
                "found: Could not fetch the assertion (http://169.254.169.254/latest/meta-data): the address is "
                        + "private, local or reserved, and is never fetched.",
                new Url(badges.url("/nothing-here")),
                "found: Could not fetch the assertion (" + badges.url("/nothing-here")
                        + "): the server answered with status 404.");
        reasons.forEach((source, reason) -> {
            VerificationReport report = verify(source, null);
            assertThat(report.verified()).as(reason).isFalse();
            assertThat(failure(report)).isEqualTo(reason);
        });
    }

    @Test
    void badgeChunksThatBreakTheBakingRulesAreRefusedWithTheirReason() throws Exception {
        byte[] plain = TestBadges.png();
        byte[] baked = new PngBaker().bake(plain, PngBaker.OPEN_BADGES_2, "https://example.org/a");
        byte[] oversized = ("https://example.org/" + "a".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8);

        assertThat(failure(verify(file(withITxt(plain, 1, "x".getBytes())), null)))
                .isEqualTo("found: The badge data in the image is compressed, which the Baking Specification "
                        + "does not allow.");
        assertThat(failure(verify(file(withITxt(baked, 0, "https://example.org/b".getBytes())), null)))
                .isEqualTo("found: The image carries the badge data more than once, so it is ambiguous.");
        assertThat(failure(verify(file(withITxt(plain, 0, oversized)), null)))
                .isEqualTo("found: The badge data in the image is too large.");
    }

    private static UploadedFile file(byte[] png) {
        return new UploadedFile(png, "badge.png", "image/png");
    }

    /** {@code png} with one more iTXt chunk "openbadges", before IEND, compressed or not as {@code flag} says. */
    private static byte[] withITxt(byte[] png, int flag, byte[] text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("openbadges".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, (byte) flag, 0, 0, 0});
        data.writeBytes(text);
        byte[] body = data.toByteArray();
        ByteBuffer chunk = ByteBuffer.allocate(body.length + 12);
        chunk.putInt(body.length).put("iTXt".getBytes(StandardCharsets.ISO_8859_1)).put(body);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, body.length + 4);
        chunk.putInt((int) crc.getValue());
        int iend = png.length - 12;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, iend);
        out.writeBytes(chunk.array());
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    @Test
    void aNonJsonAnswerIsNotAnAssertion() {
        server.respond("/assertions/html", 200, "text/html", "<html>hello</html>".getBytes());

        VerificationReport report = verify(new Url(badges.url("/assertions/html")), null);

        assertThat(failure(report)).isEqualTo("found: The document at " + badges.url("/assertions/html")
                + " is not JSON.");
    }

    private VerificationReport verify(Source source, String email) {
        return service.verify(new VerificationRequest(source, email, Locale.ENGLISH));
    }

    private static Map<String, Boolean> passed(VerificationReport report) {
        return report.checks().stream().collect(Collectors.toMap(Check::name, Check::passed, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static String failure(VerificationReport report) {
        Check failed = report.firstFailure().orElseThrow();
        return failed.name() + ": " + failed.message();
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
