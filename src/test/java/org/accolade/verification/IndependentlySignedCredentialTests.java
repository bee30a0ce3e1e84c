package org.accolade.verification;

import static org.accolade.verification.TestCredentials.EMAIL;
import static org.accolade.verification.TestCredentials.credential;
import static org.accolade.verification.TestCredentials.didKeyIssuer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.accolade.IndependentVerifiers;
import org.accolade.verification.VerificationReport.Check;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Accolade's verifier on credentials it did not make: signed by Digital Bazaar's JavaScript implementation
 * (eddsa-rdfc-2022) with a did:key of its own, run by Node.
 */
class IndependentlySignedCredentialTests {

    private final VerificationService service = new TestCredentials().serviceAt(Instant.parse("2026-03-01T12:00:00Z"));

    @Test
    void aCredentialSignedByDigitalBazaarWithADidKeyPassesEveryCheck() {
        IndependentVerifiers.Signed signed = IndependentVerifiers.signWithDidKey(
                credential(didKeyIssuer("Université de Bordeaux")));

        VerificationReport report = verify(signed.credential().toString(), EMAIL);

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(report.checks()).allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
        assertThat(report.checks()).extracting(Check::name).contains("signature", "recipient", "not-revoked");
        assertThat(report.issuer().id()).isEqualTo(signed.did()).startsWith("did:key:z6Mk");
        assertThat(report.recipientMatches()).isTrue();
    }

    @Test
    void theSameCredentialChangedAfterDigitalBazaarSignedItIsRefused() {
        ObjectNode signed = (ObjectNode) IndependentVerifiers.signWithDidKey(
                credential(didKeyIssuer("Université de Bordeaux"))).credential();
        signed.put("name", "Citoyen d'honneur");

        VerificationReport report = verify(signed.toString(), null);

        assertThat(report.verified()).isFalse();
        assertThat(report.firstFailure().orElseThrow().name()).isEqualTo("signature");
    }

    private VerificationReport verify(String json, String email) {
        return service.verify(new VerificationRequest(new VerificationRequest.Pasted(json), email, Locale.ENGLISH));
    }
}
