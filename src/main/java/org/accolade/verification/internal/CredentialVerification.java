package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.FOUND;
import static org.accolade.verification.internal.Findings.ISSUER_OWNS_BADGE;
import static org.accolade.verification.internal.Findings.SIGNATURE;
import static org.accolade.verification.internal.Findings.WELL_FORMED;

import java.util.Locale;
import java.util.Optional;

import org.accolade.verification.VerificationReport.BadgeSummary;
import org.accolade.verification.VerificationReport.IssuerSummary;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks of one Open Badges 3.0 credential, with a Data Integrity proof or as VC-JWT. A credential carries its
 * own proof, so what was handed in is what is checked, nothing is fetched in its place. Found, well-formed, signature
 * and issuer stop the verification when they fail; the recipient, dates, status and endorsements are all reported.
 */
final class CredentialVerification {

    private final AssertionMethods methods;
    private final ProofCheck proofs;
    private final CommonChecks common;
    private final StatusCheck status;
    private final EndorsementCheck endorsements;
    private final Findings findings;
    private final Locale locale;

    CredentialVerification(Documents documents, AssertionMethods methods, CommonChecks common, Findings findings,
            Locale locale) {
        this.methods = methods;
        this.proofs = new ProofCheck(methods);
        this.common = common;
        this.status = new StatusCheck(documents, proofs, findings);
        this.endorsements = new EndorsementCheck(methods, proofs, findings, locale);
        this.findings = findings;
        this.locale = locale;
    }

    /** A payload that {@link Payload#isCredential()} recognised. */
    void run(Payload payload) {
        if (payload.kind() == Payload.Kind.JWS) {
            fromJwt(payload.text());
        } else {
            fromJson(payload.text());
        }
    }

    private void fromJson(String json) {
        JsonNode credential = Json.object(json)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-json"));
        findings.pass(FOUND, "verification.found.credential", label(credential));
        Validity validity = wellFormed(credential);
        AssertionMethod method = findings.require(SIGNATURE, () -> proofs.verify(credential));
        findings.pass(SIGNATURE, "verification.signature.proof-ok", method.id());
        afterSignature(credential, method, validity);
    }

    private void fromJwt(String text) {
        VcJwt jwt = VcJwt.parse(text)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-jws"));
        JsonNode credential = jwt.credential();
        findings.pass(FOUND, "verification.found.credential-jwt", label(credential));
        Validity validity = jwt.narrow(wellFormed(credential));
        AssertionMethod method = findings.require(SIGNATURE, () -> jwt.verify(methods));
        findings.pass(SIGNATURE, "verification.signature.jwt-ok", method.id(), jwt.algorithm());
        afterSignature(credential, method, validity);
    }

    private Validity wellFormed(JsonNode credential) {
        Validity validity = findings.require(WELL_FORMED, () -> CredentialShape.requireWellFormed(credential, locale));
        findings.pass(WELL_FORMED, "verification.well-formed.credential");
        findings.badge(badgeSummary(credential));
        findings.issuer(issuerSummary(credential));
        return validity;
    }

    private void afterSignature(JsonNode credential, AssertionMethod method, Validity validity) {
        String issuerId = CredentialShape.issuerId(credential);
        findings.require(ISSUER_OWNS_BADGE, () -> method.requireBelongsTo(issuerId));
        findings.pass(ISSUER_OWNS_BADGE, "verification.issuer.credential-ok", issuerId);
        common.recipient(RecipientIdentity.emailsOf(credential.path("credentialSubject")));
        common.validFrom(validity.from());
        common.notExpired(validity.until());
        status.check(credential, issuerId);
        endorsements.check(credential);
    }

    /** Its id, or failing that its name: an id is optional in a verifiable credential. */
    private static String label(JsonNode credential) {
        return Optional.ofNullable(Json.text(credential, "id")).or(() -> Optional.ofNullable(Json.text(credential,
                "name"))).orElse("—");
    }

    /** What the badge says of itself: the achievement, or the credential itself when it is an endorsement. */
    private static BadgeSummary badgeSummary(JsonNode credential) {
        JsonNode achievement = credential.path("credentialSubject").path("achievement");
        JsonNode badge = achievement.isObject() ? achievement : credential;
        JsonNode criteria = badge.path("criteria");
        return new BadgeSummary(Json.text(badge, "name"), Json.text(badge, "description"),
                Json.idOf(badge.path("image")).orElse(null),
                Json.idOf(criteria).or(() -> Optional.ofNullable(Json.text(criteria, "narrative"))).orElse(null));
    }

    private static IssuerSummary issuerSummary(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return new IssuerSummary(CredentialShape.issuerId(credential), Json.text(issuer, "name"),
                Json.text(issuer, "url"), Json.idOf(issuer.path("image")).orElse(null));
    }
}
