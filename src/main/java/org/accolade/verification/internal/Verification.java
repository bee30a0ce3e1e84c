package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.FOUND;
import static org.accolade.verification.internal.Findings.ISSUER_OWNS_BADGE;
import static org.accolade.verification.internal.Findings.NOT_REVOKED;
import static org.accolade.verification.internal.Findings.SIGNATURE;
import static org.accolade.verification.internal.Findings.WELL_FORMED;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.accolade.verification.VerificationReport.BadgeSummary;
import org.accolade.verification.VerificationReport.IssuerSummary;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The checks of one badge, in the order of the Open Badges 2.0 verification procedure. A hosted assertion is trusted
 * only as its issuer serves it at its own id; a signed one only with a valid RS256 signature by a key its issuer
 * lists. Checks that later ones depend on (found, well-formed, signature, issuer) stop the verification when they
 * fail; recipient, expiry and revocation are all reported.
 */
final class Verification {

    /** The only algorithm Open Badges 2.0 signed assertions use. */
    private static final String ALGORITHM = "RS256";

    private final Documents documents;
    private final CommonChecks common;
    private final Findings findings;

    /** The badge class and issuer Profile of an assertion, as fetched from their own URLs. */
    private record Owner(JsonNode badge, JsonNode issuer, String issuerId) {
    }

    Verification(Documents documents, CommonChecks common, Findings findings) {
        this.documents = documents;
        this.common = common;
        this.findings = findings;
    }

    /** What a URL handed in served: a hosted assertion, a signed one, or JSON pointing to one. */
    void fromDocument(String url, FetchedDocument document) {
        if (Payload.isJws(document.text())) {
            fromJws(document.text().strip());
            return;
        }
        JsonNode assertion = Json.object(document.text())
                .orElseThrow(() -> findings.halt(FOUND, "verification.found.not-json", url));
        String id = Json.text(assertion, "id");
        if (id != null && (id.equals(url) || id.equals(document.uri().toString()))) {
            hosted(assertion);
        } else {
            fromJson(document.text());
        }
    }

    /** JSON handed in (pasted, uploaded or baked) is only a pointer: the assertion is what its id serves. */
    void fromJson(String json) {
        JsonNode given = Json.object(json)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-json"));
        if (AssertionShape.isSigned(given)) {
            throw findings.halt(SIGNATURE, "verification.signature.missing-jws");
        }
        String id = Json.text(given, "id");
        if (id == null) {
            throw findings.halt(WELL_FORMED, "verification.well-formed.missing", "id");
        }
        JsonNode served = Json.object(documents.badge(id).text())
                .orElseThrow(() -> findings.halt(FOUND, "verification.found.not-json", id));
        if (!id.equals(Json.text(served, "id"))) {
            throw findings.halt(FOUND, "verification.found.other-id", id);
        }
        hosted(served);
    }

    private void hosted(JsonNode assertion) {
        String id = Json.text(assertion, "id");
        findings.pass(FOUND, "verification.found.hosted", id);
        requireWellFormed(assertion);
        if (AssertionShape.isSigned(assertion)) {
            throw findings.halt(SIGNATURE, "verification.signature.missing-jws");
        }
        Owner owner = owner(assertion);
        if (!withinHostedPolicy(id, owner)) {
            throw findings.halt(ISSUER_OWNS_BADGE, "verification.issuer.other-origin", id, owner.issuerId());
        }
        findings.pass(ISSUER_OWNS_BADGE, "verification.issuer.ok", owner.issuerId());
        recipientAndExpiry(assertion);
        if (assertion.path("revoked").asBoolean(false)) {
            findings.revoked();
            findings.fail(NOT_REVOKED, "verification.revoked.flag", Documents.revocationReason(assertion));
        } else {
            findings.pass(NOT_REVOKED, "verification.revoked.no");
        }
    }

    /** A signed assertion: trusted only with a valid RS256 signature by a key its issuer lists. */
    void fromJws(String jws) {
        CompactJws signed = CompactJws.parse(jws)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-jws"));
        JsonNode assertion = signed.payload()
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-json"));
        findings.pass(FOUND, "verification.found.signed", Json.text(assertion, "id"));
        requireWellFormed(assertion);
        if (!AssertionShape.isSigned(assertion)) {
            throw findings.halt(SIGNATURE, "verification.signature.not-signed-type");
        }
        if (!ALGORITHM.equals(signed.algorithm())) {
            throw findings.halt(SIGNATURE, "verification.signature.algorithm", String.valueOf(signed.algorithm()));
        }
        String creator = assertion.path("verification").path("creator").asText();
        JsonNode key = fetchJson(SIGNATURE, "verification.document.key", creator);
        if (!rsaKey(Json.text(key, "publicKeyPem")).map(signed::isSignedBy).orElse(false)) {
            throw findings.halt(SIGNATURE, "verification.signature.mismatch", creator);
        }
        findings.pass(SIGNATURE, "verification.signature.ok", creator);
        Owner owner = owner(assertion);
        requireKeyOwnedBy(owner, key, creator);
        findings.pass(ISSUER_OWNS_BADGE, "verification.issuer.ok", owner.issuerId());
        recipientAndExpiry(assertion);
        checkRevocationList(Json.text(assertion, "id"), owner.issuer());
    }

    private void requireWellFormed(JsonNode assertion) {
        Optional<Message> problem = AssertionShape.problem(assertion);
        if (problem.isPresent()) {
            throw findings.halt(WELL_FORMED, problem.get());
        }
        findings.pass(WELL_FORMED, "verification.well-formed.ok");
    }

    /** The badge class at the assertion's {@code badge}, and the issuer Profile at the badge class's {@code issuer}. */
    private Owner owner(JsonNode assertion) {
        String badgeUrl = Json.idOf(assertion.path("badge")).orElseThrow();
        JsonNode badge = fetchJson(ISSUER_OWNS_BADGE, "verification.document.badge", badgeUrl);
        findings.badge(badgeSummary(badge));
        String issuerUrl = Json.idOf(badge.path("issuer"))
                .orElseThrow(() -> findings.halt(ISSUER_OWNS_BADGE, "verification.issuer.no-issuer", badgeUrl));
        JsonNode issuer = fetchJson(ISSUER_OWNS_BADGE, "verification.document.issuer", issuerUrl);
        if (!issuerUrl.equals(Json.text(issuer, "id"))) {
            throw findings.halt(ISSUER_OWNS_BADGE, "verification.issuer.other-id", issuerUrl);
        }
        findings.issuer(new IssuerSummary(issuerUrl, Json.text(issuer, "name"), Json.text(issuer, "url"),
                Json.idOf(issuer.path("image")).orElse(null)));
        return new Owner(badge, issuer, issuerUrl);
    }

    /**
     * The issuer's hosted verification policy: the assertion id must start with one of its {@code startsWith}
     * prefixes, if any, and be on one of its {@code allowedOrigins}, by default the host of the issuer's own id.
     */
    private static boolean withinHostedPolicy(String assertionId, Owner owner) {
        JsonNode policy = owner.issuer().path("verification");
        List<String> prefixes = Json.ids(policy.path("startsWith"));
        if (!prefixes.isEmpty() && prefixes.stream().noneMatch(assertionId::startsWith)) {
            return false;
        }
        List<String> origins = Json.ids(policy.path("allowedOrigins"));
        List<String> allowed = origins.isEmpty() ? host(owner.issuerId()).stream().toList() : origins;
        Optional<String> host = host(assertionId);
        return host.isPresent() && allowed.stream().anyMatch(origin -> origin.equalsIgnoreCase(host.get()));
    }

    private static Optional<String> host(String iri) {
        try {
            return Optional.ofNullable(new URI(iri).getHost()).map(host -> host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A signing key belongs to the issuer when the key names it as owner and the issuer lists the key. */
    private void requireKeyOwnedBy(Owner owner, JsonNode key, String keyUrl) {
        boolean ownedByIssuer = owner.issuerId().equals(Json.idOf(key.path("owner")).orElse(null));
        boolean listedByIssuer = Json.ids(owner.issuer().path("publicKey")).contains(keyUrl);
        if (!ownedByIssuer || !listedByIssuer) {
            throw findings.halt(ISSUER_OWNS_BADGE, "verification.issuer.foreign-key", keyUrl, owner.issuerId());
        }
    }

    private void recipientAndExpiry(JsonNode assertion) {
        common.recipient(List.of(RecipientIdentity.of(assertion.path("recipient"))));
        common.notExpired(Optional.ofNullable(Json.text(assertion, "expires")).flatMap(IsoDates::parse));
    }

    /** A signed assertion cannot answer 410: its issuer's revocation list names it instead. */
    private void checkRevocationList(String assertionId, JsonNode issuer) {
        Optional<String> listUrl = Json.idOf(issuer.path("revocationList"));
        if (listUrl.isEmpty()) {
            findings.pass(NOT_REVOKED, "verification.revoked.no-list");
            return;
        }
        JsonNode list = fetchJson(NOT_REVOKED, "verification.document.revocation-list", listUrl.get());
        for (JsonNode entry : list.path("revokedAssertions")) {
            if (Json.idOf(entry).filter(assertionId::equals).isPresent()) {
                findings.revoked();
                findings.fail(NOT_REVOKED, "verification.revoked.listed", Documents.revocationReason(entry));
                return;
            }
        }
        findings.pass(NOT_REVOKED, "verification.revoked.not-listed");
    }

    /** A JSON object fetched for {@code check}; any failure halts with what and why. */
    private JsonNode fetchJson(String check, String document, String url) {
        return findings.require(check, () -> documents.json(document, url));
    }

    private static Optional<PublicKey> rsaKey(String pem) {
        if (pem == null) {
            return Optional.empty();
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            return Optional.of(KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static BadgeSummary badgeSummary(JsonNode badge) {
        return new BadgeSummary(Json.text(badge, "name"), Json.text(badge, "description"),
                Json.idOf(badge.path("image")).orElse(null),
                Json.idOf(badge.path("criteria")).or(() -> Optional.ofNullable(Json.text(badge, "criteriaUrl")))
                        .orElse(null));
    }
}
