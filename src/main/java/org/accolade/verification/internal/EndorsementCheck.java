package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.ENDORSEMENT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accolade.shared.credentials.OpenBadgesSchemas.Kind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The endorsements a credential embeds (of the award, its achievement or its issuer), each a credential of its own by
 * another issuer (a partner), each reported on its own: valid when it is a well-formed EndorsementCredential proved by an assertion method of its own issuer. An
 * endorsement that fails makes the badge unverified: the badge would otherwise show a claim nobody made.
 */
final class EndorsementCheck {

    private final AssertionMethods methods;
    private final ProofCheck proofs;
    private final Findings findings;
    private final Locale locale;

    EndorsementCheck(AssertionMethods methods, ProofCheck proofs, Findings findings, Locale locale) {
        this.methods = methods;
        this.proofs = proofs;
        this.findings = findings;
        this.locale = locale;
    }

    /** Those of the credential itself, of its achievement and of its issuer's profile. */
    void check(JsonNode credential) {
        for (JsonNode endorsed : List.of(credential, credential.path("credentialSubject").path("achievement"),
                credential.path("issuer"))) {
            checkEndorsementsOf(endorsed);
        }
    }

    private void checkEndorsementsOf(JsonNode endorsed) {
        for (JsonNode endorsement : Json.all(endorsed.path("endorsement"))) {
            report(endorsement, () -> proofs.verify(endorsement));
        }
        for (JsonNode text : Json.all(endorsed.path("endorsementJwt"))) {
            Optional<VcJwt> jwt = VcJwt.parse(text.asText(""));
            if (jwt.isPresent()) {
                report(jwt.get().credential(), () -> jwt.get().verify(methods));
            } else {
                findings.fail(ENDORSEMENT, "verification.endorsement.invalid", "—",
                        new Message("verification.well-formed.not-jws"));
            }
        }
    }

    private void report(JsonNode endorsement, Refusal.Attempt<AssertionMethod> proof) {
        String label = label(endorsement);
        try {
            if (CredentialShape.kind(endorsement).filter(Kind.ENDORSEMENT_CREDENTIAL::equals).isEmpty()) {
                throw new Refusal("verification.endorsement.not-endorsement");
            }
            CredentialShape.requireWellFormed(endorsement, locale);
            proof.get().requireBelongsTo(CredentialShape.issuerId(endorsement));
            findings.pass(ENDORSEMENT, "verification.endorsement.ok", label);
        } catch (Refusal refusal) {
            findings.fail(ENDORSEMENT, "verification.endorsement.invalid", label, refusal.message());
        }
    }

    /** Who endorses, as people know them: the issuer's name, else its id. */
    private static String label(JsonNode endorsement) {
        JsonNode issuer = endorsement.path("issuer");
        return Optional.ofNullable(Json.text(issuer, "name")).or(() -> Json.idOf(issuer)).orElse("—");
    }
}
