package org.accolade.verification;

import static org.accolade.verification.Reports.failure;
import static org.accolade.verification.Reports.passed;
import static org.accolade.verification.TestCredentials.EMAIL;
import static org.accolade.verification.TestCredentials.credential;
import static org.accolade.verification.TestCredentials.jwt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.accolade.verification.TestCredentials.Issuer;
import org.accolade.verification.VerificationRequest.Jws;
import org.accolade.verification.VerificationRequest.Pasted;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;

/** Open Badges 3.0 credentials as VC-JWT, signed by an issuer of this application whose did:web is read locally. */
class CredentialJwtTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final TestCredentials credentials = new TestCredentials();
    private final Issuer issuer = credentials.ownIssuer("Collège");
    private final VerificationService service = credentials.serviceAt(NOW);

    @Test
    void anEs256VcJwtPassesEveryCheck() {
        VerificationReport report = verify(jwt(credential(issuer), issuer), EMAIL);

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(passed(report)).containsExactly(Map.entry("found", true), Map.entry("well-formed", true),
                Map.entry("signature", true), Map.entry("issuer-owns-badge", true), Map.entry("recipient", true),
                Map.entry("valid-from", true), Map.entry("not-expired", true), Map.entry("not-revoked", true));
        assertThat(report.checks().get(2).message())
                .isEqualTo("The VC-JWT signature (ES256) is valid for the key " + issuer.jwtKid() + ".");
        assertThat(report.badge().name()).isEqualTo("Citoyen");
    }

    @Test
    void anRs256VcJwtIsAcceptedToo() {
        Issuer withRsa = credentials.publishWithRsa(issuer);

        VerificationReport report = verify(jwt(credential(withRsa), withRsa), null);

        assertThat(report.verified()).as(report.toString()).isTrue();
    }

    @Test
    void aTamperedPayloadBreaksTheSignature() {
        String[] parts = jwt(credential(issuer), issuer).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"Citoyen\"", "\"Citoyem\"");
        String tampered = parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];

        assertThat(failure(verify(tampered, null))).isEqualTo("signature: The signature does not match the key "
                + issuer.jwtKid() + ": the badge was altered or signed by someone else.");
    }

    @Test
    void algNoneAndHmacAreRefusedByNameBeforeAnyKeyIsFetched() throws JOSEException {
        String[] parts = jwt(credential(issuer), issuer).split("\\.");
        String none = BASE64URL.encodeToString(("{\"alg\":\"none\",\"kid\":\"" + issuer.jwtKid() + "\"}")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        JWSObject hmac = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuer.jwtKid()).build(),
                new Payload(Base64.getUrlDecoder().decode(parts[1])));
        hmac.sign(new MACSigner(new byte[32]));

        assertThat(failure(verify(none, null))).isEqualTo(
                "signature: The VC-JWT algorithm \"none\" is refused: only ES256 and RS256 are accepted.");
        assertThat(failure(verify(hmac.serialize(), null))).isEqualTo(
                "signature: The VC-JWT algorithm \"HS256\" is refused: only ES256 and RS256 are accepted.");
    }

    @Test
    void aTruncatedJwtIsAVerdictWhereverItIsCut() {
        String whole = jwt(credential(issuer), issuer);

        assertThat(failure(verify(whole.substring(0, whole.length() - 5), null)))
                .startsWith("signature: The signature does not match the key");
        assertThat(failure(verify(whole.substring(0, whole.lastIndexOf('.')), null)))
                .isEqualTo("well-formed: The signed assertion is not a valid compact JWS.");
        assertThat(failure(service.verify(new VerificationRequest(new Pasted(whole.substring(0, 40)), null,
                Locale.ENGLISH)))).startsWith("found: The text is neither");
    }

    @Test
    void aJwtIssuedInAnotherNameThanTheCredentialsIssuerIsRefused() {
        ObjectNode credential = credential(issuer);
        Issuer other = credentials.ownIssuer("Other");
        credential.with("issuer").put("id", other.did());

        assertThat(failure(verify(jwt(credential, issuer), null))).isEqualTo("signature: The VC-JWT is issued by "
                + issuer.did() + " (iss), not by the issuer the credential names, " + other.did() + ".");
    }

    @Test
    void aKeyTheDidDocumentDoesNotHaveIsRefused() {
        String jwt = jwt(credential(issuer), issuer, issuer.did() + "#key-9", Map.of());

        assertThat(failure(verify(jwt, null))).isEqualTo("signature: The DID document of " + issuer.did()
                + " has no key " + issuer.did() + "#key-9.");
    }

    @Test
    void anEd25519KeyCannotCheckAnEs256Jwt() {
        String jwt = jwt(credential(issuer), issuer, issuer.method(), Map.of());

        assertThat(failure(verify(jwt, null))).isEqualTo("signature: The key " + issuer.method()
                + " has no usable public key (publicKeyJwk, EC or RSA).");
    }

    @Test
    void theExpiryOfTheJwtShortensTheValidityOfTheCredential() {
        long february = Instant.parse("2026-02-01T00:00:00Z").getEpochSecond();

        VerificationReport report = verify(jwt(credential(issuer), issuer, issuer.jwtKid(), Map.of("exp", february)),
                null);

        assertThat(report.expired()).isTrue();
        assertThat(failure(report)).isEqualTo("not-expired: The badge expired on February 1, 2026.");
    }

    @Test
    void anEndorsementGivenAsJwtIsVerifiedWithItsPartnersKey() {
        Issuer partner = credentials.ownPartner("Mairie de Trois-Clochers");
        ObjectNode credential = credential(issuer);
        credential.putArray("endorsementJwt").add(jwt(TestCredentials.endorsement(partner), partner));

        VerificationReport report = verify(jwt(credential, issuer), null);

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.checks()).filteredOn(check -> check.name().equals("endorsement"))
                .extracting(VerificationReport.Check::message)
                .containsExactly("The endorsement by Mairie de Trois-Clochers is signed by its issuer.");
    }

    private VerificationReport verify(String jwt, String email) {
        return service.verify(new VerificationRequest(new Jws(jwt), email, Locale.ENGLISH));
    }
}
