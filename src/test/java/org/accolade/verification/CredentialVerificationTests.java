package org.accolade.verification;

import static org.accolade.verification.Reports.failure;
import static org.accolade.verification.Reports.passed;
import static org.accolade.verification.TestCredentials.EMAIL;
import static org.accolade.verification.TestCredentials.credential;
import static org.accolade.verification.TestCredentials.didKeyIssuer;
import static org.accolade.verification.TestCredentials.sign;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import org.accolade.shared.credentials.Ed25519;
import org.accolade.verification.TestCredentials.Issuer;
import org.accolade.verification.VerificationReport.Check;
import org.accolade.verification.VerificationRequest.Assertion;
import org.accolade.verification.VerificationRequest.Source;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Open Badges 3.0 credentials with a Data Integrity proof, from issuers with a did:key or with a did:web of this
 * application (answered locally, as Accolade answers its own DIDs and status lists), checked at a fixed time.
 */
class CredentialVerificationTests {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final TestCredentials credentials = new TestCredentials();
    private final VerificationService service = credentials.serviceAt(NOW);

    @Test
    void aCredentialSignedWithADidKeyPassesEveryCheckAndSaysWhatItIs() {
        Issuer issuer = didKeyIssuer("Collège des Trois-Clochers");

        VerificationReport report = verify(sign(credential(issuer), issuer), EMAIL);

        assertThat(report.verified()).as(report.toString()).isTrue();
        assertThat(passed(report)).containsExactly(Map.entry("found", true), Map.entry("well-formed", true),
                Map.entry("signature", true), Map.entry("issuer-owns-badge", true), Map.entry("recipient", true),
                Map.entry("valid-from", true), Map.entry("not-expired", true), Map.entry("not-revoked", true));
        assertThat(report.recipientMatches()).isTrue();
        assertThat(report.badge().name()).isEqualTo("Citoyen");
        assertThat(report.badge().criteria()).isEqualTo("Took part in the school council for a year.");
        assertThat(report.badge().image()).isEqualTo(TestCredentials.BASE + "/images/citoyen.png");
        assertThat(report.issuer().id()).isEqualTo(issuer.did());
        assertThat(report.issuer().name()).isEqualTo("Collège des Trois-Clochers");
        assertThat(report.checks()).extracting(Check::message).contains(
                "The proof (eddsa-rdfc-2022) is valid for the key " + issuer.method() + ".",
                "The credential has no revocation status: its issuer cannot revoke it.");
    }

    @Test
    void oneChangedCharacterBreaksTheProof() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode signed = sign(credential(issuer), issuer);
        signed.with("credentialSubject").with("achievement").put("name", "Citoyem");

        VerificationReport report = verify(signed, null);

        assertThat(report.verified()).isFalse();
        assertThat(failure(report)).isEqualTo("signature: The proof does not match the key " + issuer.method()
                + ": the credential was altered or signed by someone else.");
    }

    @Test
    void aProofMadeWithAnotherKeyThanTheOneItNamesIsRefused() {
        Issuer issuer = didKeyIssuer("Collège");

        VerificationReport report = verify(sign(credential(issuer), Ed25519.generate(), issuer.method()), null);

        assertThat(failure(report)).startsWith("signature: The proof does not match the key " + issuer.method());
    }

    @Test
    void aKeyOfAnotherDidDoesNotSpeakForTheIssuer() {
        Issuer issuer = didKeyIssuer("Collège");
        Issuer impostor = didKeyIssuer("Impostor");

        VerificationReport report = verify(sign(credential(issuer), impostor), null);

        assertThat(passed(report)).containsEntry("signature", true);
        assertThat(failure(report)).isEqualTo("issuer-owns-badge: The key " + impostor.method()
                + " does not belong to the issuer " + issuer.did() + ".");
    }

    @Test
    void anotherCryptosuiteOrProofTypeIsUnsupportedAndSaysSo() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode otherSuite = sign(credential(issuer), issuer);
        otherSuite.with("proof").put("cryptosuite", "ecdsa-rdfc-2019");
        ObjectNode otherType = sign(credential(issuer), issuer);
        otherType.with("proof").put("type", "Ed25519Signature2020").remove("cryptosuite");
        ObjectNode unproved = credential(issuer);

        assertThat(failure(verify(otherSuite, null))).isEqualTo("signature: The cryptosuite \"ecdsa-rdfc-2019\" is "
                + "not supported: only eddsa-rdfc-2022 is checked.");
        assertThat(failure(verify(otherType, null))).isEqualTo("signature: The proof type \"Ed25519Signature2020\" "
                + "is not supported: only DataIntegrityProof (eddsa-rdfc-2022) and VC-JWT are checked.");
        assertThat(failure(verify(unproved, null)))
                .isEqualTo("signature: The credential carries no proof, so nothing vouches for it.");
    }

    @Test
    void aProofForAnotherPurposeIsRefused() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode signed = sign(credential(issuer), issuer);
        signed.with("proof").put("proofPurpose", "authentication");

        assertThat(failure(verify(signed, null))).isEqualTo("signature: The proof purpose is \"authentication\": a "
                + "credential must be proved for assertionMethod.");
    }

    @Test
    void aMalformedProofValueOrKeyIsAVerdict() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode badValue = sign(credential(issuer), issuer);
        badValue.with("proof").put("proofValue", "not-multibase-at-all");
        ObjectNode badKey = sign(credential(issuer), issuer);
        badKey.with("proof").put("verificationMethod", "did:key:z6MkNOPE0OIl#z6MkNOPE0OIl");
        ObjectNode otherMethod = sign(credential(issuer), issuer);
        otherMethod.with("proof").put("verificationMethod", "https://example.org/keys/1");

        assertThat(failure(verify(badValue, null)))
                .isEqualTo("signature: The proof value is malformed (not base58btc multibase).");
        assertThat(failure(verify(badKey, null)))
                .isEqualTo("signature: The did:key did:key:z6MkNOPE0OIl#z6MkNOPE0OIl is not a valid Ed25519 key.");
        assertThat(failure(verify(otherMethod, null))).isEqualTo("signature: The key https://example.org/keys/1 "
                + "is neither a did:key nor a key of a did:web document.");
    }

    @Test
    void anUnknownContextOrAnUndefinedTermCannotBeCovertlyAdded() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode unknownContext = sign(credential(issuer), issuer);
        unknownContext.withArray("@context").add("https://example.org/my-context.json");
        ObjectNode undefinedTerm = sign(credential(issuer), issuer);
        undefinedTerm.with("credentialSubject").put("favouriteColour", "blue");

        assertThat(failure(verify(unknownContext, null))).isEqualTo("signature: The credential uses a "
                + "JSON-LD context that is not one of the official ones, so its proof cannot be checked.");
        assertThat(failure(verify(undefinedTerm, null))).isEqualTo("signature: The property "
                + "\"favouriteColour\" is defined by no context of the credential: it would not be covered by the "
                + "proof, which is refused.");
    }

    @Test
    void aCredentialAgainstTheSchemaNamesItsFirstErrors() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode credential = credential(issuer);
        credential.with("credentialSubject").with("achievement").remove(List.of("criteria", "description"));

        VerificationReport report = verify(sign(credential, issuer), null);

        assertThat(failure(report)).startsWith("well-formed: The credential does not follow the official Open Badges "
                + "3.0 schema (2 errors): ").contains("criteria").contains("description");
    }

    @Test
    void aVerifiableCredentialOfAnotherKindIsNotABadge() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode credential = credential(issuer);
        credential.putArray("type").add("VerifiableCredential").add("UniversityDegreeCredential");

        assertThat(failure(verify(credential, null))).isEqualTo("well-formed: The verifiable credential is not an "
                + "Open Badges credential: its type is VerifiableCredential, UniversityDegreeCredential.");
    }

    @Test
    void anExpiredCredentialIsReportedExpiredInFrench() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode credential = credential(issuer).put("validUntil", "2026-02-01T00:00:00Z");

        VerificationReport report = service.verify(new VerificationRequest(new Assertion(sign(credential, issuer)
                .toString()), null, Locale.FRENCH));

        assertThat(report.verified()).isFalse();
        assertThat(report.expired()).isTrue();
        assertThat(failure(report)).isEqualTo("not-expired: Le badge a expiré le 1 février 2026.");
    }

    @Test
    void aCredentialNotValidYetIsNotVerifiedButNotExpired() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode credential = credential(issuer).put("validFrom", "2026-06-01T00:00:00Z");

        VerificationReport report = verify(sign(credential, issuer), null);

        assertThat(report.verified()).isFalse();
        assertThat(report.expired()).isFalse();
        assertThat(failure(report)).isEqualTo("valid-from: The credential is not valid before June 1, 2026.");
    }

    @Test
    void theRecipientIsMatchedAgainstTheHashedEmailWhateverItsCase() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode signed = sign(credential(issuer), issuer);

        VerificationReport same = verify(signed, "  ALICE.martin@example.org ");
        VerificationReport other = verify(signed, "bob@example.org");
        VerificationReport none = verify(signed, null);

        assertThat(same.recipientMatches()).isTrue();
        assertThat(same.verified()).isTrue();
        assertThat(other.recipientMatches()).isFalse();
        assertThat(failure(other)).isEqualTo("recipient: The badge was not awarded to bob@example.org.");
        assertThat(none.recipientMatches()).isNull();
        assertThat(none.checks()).extracting(Check::name).doesNotContain("recipient");
    }

    @Test
    void aPlainTextEmailIdentityMatchesAndACredentialWithoutEmailSaysItCannot() {
        Issuer issuer = didKeyIssuer("Collège");
        ObjectNode plain = credential(issuer);
        plain.with("credentialSubject").withArray("identifier").removeAll().addObject().put("type", "IdentityObject")
                .put("identityType", "emailAddress").put("hashed", false).put("identityHash", EMAIL);
        ObjectNode anonymous = credential(issuer);
        anonymous.with("credentialSubject").remove("identifier");

        assertThat(verify(sign(plain, issuer), EMAIL.toLowerCase(Locale.ROOT)).recipientMatches()).isTrue();
        VerificationReport report = verify(sign(anonymous, issuer), EMAIL);
        assertThat(report.recipientMatches()).isFalse();
        assertThat(failure(report)).isEqualTo("recipient: The credential does not identify its recipient by email, so "
                + EMAIL + " cannot be checked against it.");
    }

    @Test
    void anIssuerOfThisApplicationIsResolvedLocallyWithItsStatusList() {
        Issuer issuer = credentials.ownIssuer("Collège");
        credentials.publishStatusList(issuer, issuer, Set.of(7));

        VerificationReport kept = verify(sign(TestCredentials.withStatus(credential(issuer), issuer, 8), issuer), null);
        VerificationReport revoked = verify(sign(TestCredentials.withStatus(credential(issuer), issuer, 7), issuer),
                null);

        assertThat(issuer.did()).startsWith("did:web:localhost%3A8080:ob:v3:issuers:");
        assertThat(kept.verified()).as(kept.toString()).isTrue();
        assertThat(kept.checks()).extracting(Check::message)
                .contains("The status list of the issuer does not mark the credential as revoked.");
        assertThat(revoked.verified()).isFalse();
        assertThat(revoked.revoked()).isTrue();
        assertThat(failure(revoked)).isEqualTo("not-revoked: The issuer revoked this credential: it is marked so in "
                + "the status list " + issuer.statusList(1) + ".");
    }

    @Test
    void aStatusListSignedBySomeoneElseIsNotBelieved() {
        Issuer issuer = credentials.ownIssuer("Collège");
        Issuer other = credentials.ownIssuer("Someone else");
        credentials.publishStatusList(issuer, other, Set.of());

        VerificationReport report = verify(sign(TestCredentials.withStatus(credential(issuer), issuer, 3), issuer),
                null);

        assertThat(report.revoked()).isFalse();
        assertThat(failure(report)).isEqualTo("not-revoked: The revocation status of the credential could not be "
                + "checked. The status list " + issuer.statusList(1) + " is not issued and signed by the issuer of "
                + "the credential, " + issuer.did() + ".");
    }

    @Test
    void aMissingStatusListIsReportedWithItsAddress() {
        Issuer issuer = credentials.ownIssuer("Collège");

        VerificationReport report = verify(sign(TestCredentials.withStatus(credential(issuer), issuer, 3), issuer),
                null);

        assertThat(failure(report)).isEqualTo("not-revoked: The revocation status of the credential could not be "
                + "checked. Could not fetch the status list (" + issuer.statusList(1)
                + "): there is no such document here.");
    }

    @Test
    void aDidDocumentMustListTheKeyForAssertionAndBeTheDidsOwn() {
        Issuer issuer = credentials.ownIssuer("Collège");
        ObjectNode notForAssertion = issuer.didDocument();
        notForAssertion.withArray("assertionMethod").remove(0);
        credentials.host(issuer.home() + "/did.json", notForAssertion);
        VerificationReport unlisted = verify(sign(credential(issuer), issuer), null);

        ObjectNode otherController = issuer.didDocument();
        otherController.withArray("verificationMethod").get(0);
        ((ObjectNode) otherController.withArray("verificationMethod").get(0)).put("controller", "did:web:evil.example");
        credentials.host(issuer.home() + "/did.json", otherController);
        VerificationReport controlled = verify(sign(credential(issuer), issuer), null);

        credentials.host(issuer.home() + "/did.json", "<html>not a DID document</html>");
        VerificationReport notJson = verify(sign(credential(issuer), issuer), null);

        assertThat(failure(unlisted)).isEqualTo("signature: The key " + issuer.method() + " is not listed for "
                + "assertionMethod in its DID document: it may not sign credentials.");
        assertThat(failure(controlled)).isEqualTo("signature: The key " + issuer.method()
                + " is controlled by did:web:evil.example, not by the DID that lists it.");
        assertThat(failure(notJson)).isEqualTo("signature: Could not read the DID document ("
                + issuer.home() + "/did.json): the answer is not JSON.");
    }

    @Test
    void embeddedEndorsementsAreEachVerifiedAndReported() {
        Issuer issuer = credentials.ownIssuer("Collège");
        Issuer partner = credentials.ownPartner("Mairie de Trois-Clochers");
        ObjectNode forged = TestCredentials.endorsement(partner);
        forged.with("credentialSubject").put("endorsementComment", "Not what the partner wrote.");
        ObjectNode genuine = credential(issuer);
        genuine.putArray("endorsement").add(TestCredentials.endorsement(partner));
        ObjectNode withForgery = credential(issuer);
        withForgery.putArray("endorsement").add(forged);

        VerificationReport good = verify(sign(genuine, issuer), null);
        VerificationReport bad = verify(sign(withForgery, issuer), null);

        assertThat(good.verified()).as(good.toString()).isTrue();
        assertThat(good.checks()).filteredOn(check -> check.name().equals("endorsement")).extracting(Check::message)
                .containsExactly("The endorsement by Mairie de Trois-Clochers is signed by its issuer.");
        assertThat(bad.verified()).isFalse();
        assertThat(failure(bad)).isEqualTo("endorsement: The endorsement by Mairie de Trois-Clochers is not valid: "
                + "The proof does not match the key " + partner.method()
                + ": the credential was altered or signed by someone else.");
    }

    @Test
    void deeplyNestedJsonIsAVerdict() {
        String nested = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"a\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";

        VerificationReport report = service.verify(new VerificationRequest(new Assertion(nested), null,
                Locale.ENGLISH));

        assertThat(report.verified()).isFalse();
        assertThat(report.checks()).extracting(Check::name).doesNotContain("error");
    }

    private VerificationReport verify(ObjectNode credential, String email) {
        return verify(new Assertion(credential.toString()), email);
    }

    private VerificationReport verify(Source source, String email) {
        return service.verify(new VerificationRequest(source, email, Locale.ENGLISH));
    }
}
