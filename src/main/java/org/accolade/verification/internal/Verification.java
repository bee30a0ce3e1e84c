package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.FOUND;
import static org.accolade.verification.internal.Findings.ISSUER_OWNS_BADGE;
import static org.accolade.verification.internal.Findings.NOT_EXPIRED;
import static org.accolade.verification.internal.Findings.NOT_REVOKED;
import static org.accolade.verification.internal.Findings.RECIPIENT;
import static org.accolade.verification.internal.Findings.SIGNATURE;
import static org.accolade.verification.internal.Findings.WELL_FORMED;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
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

    private final DocumentFetcher fetcher;
    private final Clock clock;
    private final Findings findings;
    private final String email;

    /** The badge class and issuer Profile of an assertion, as fetched from their own URLs. */
    private record Owner(JsonNode badge, JsonNode issuer, String issuerId) {
    }

    Verification(DocumentFetcher fetcher, Clock clock, Findings findings, String email) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.findings = findings;
        this.email = email;
    }

    void run(Payload payload) {
        switch (payload.kind()) {
            case URL -> fromUrl(payload.text());
            case JWS -> signed(payload.text());
            case JSON -> hostedFromJson(payload.text());
        }
    }

    private void fromUrl(String url) {
        FetchedDocument document = fetchAssertion(url);
        if (Payload.isJws(document.text())) {
            signed(document.text().strip());
            return;
        }
        JsonNode assertion = Json.object(document.text())
                .orElseThrow(() -> findings.halt(FOUND, "verification.found.not-json", url));
        String id = Json.text(assertion, "id");
        if (id != null && (id.equals(url) || id.equals(document.uri().toString()))) {
            hosted(assertion);
        } else {
            hostedFromJson(document.text());
        }
    }

    /** JSON handed in (pasted, uploaded or baked) is only a pointer: the assertion is what its id serves. */
    private void hostedFromJson(String json) {
        JsonNode given = Json.object(json)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-json"));
        if (AssertionShape.isSigned(given)) {
            throw findings.halt(SIGNATURE, "verification.signature.missing-jws");
        }
        String id = Json.text(given, "id");
        if (id == null) {
            throw findings.halt(WELL_FORMED, "verification.well-formed.missing", "id");
        }
        JsonNode served = Json.object(fetchAssertion(id).text())
                .orElseThrow(() -> findings.halt(FOUND, "verification.found.not-json", id));
        if (!id.equals(Json.text(served, "id"))) {
            throw findings.halt(FOUND, "verification.found.other-id", id);
        }
        hosted(served);
    }

    /** The assertion at {@code url}; a 410 Gone answer means its issuer revoked it. */
    private FetchedDocument fetchAssertion(String url) {
        FetchedDocument document = fetch(FOUND, "verification.document.assertion", url);
        if (document.gone()) {
            findings.revoked();
            // The 410 body may say why (Accolade's does); without one, the status alone is the verdict.
            throw findings.halt(NOT_REVOKED, "verification.revoked.gone", url,
                    Json.object(document.text()).map(Verification::reasonOf)
                            .orElseGet(() -> new Message("verification.revoked.no-reason")));
        }
        return document;
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
            findings.fail(NOT_REVOKED, "verification.revoked.flag", reasonOf(assertion));
        } else {
            findings.pass(NOT_REVOKED, "verification.revoked.no");
        }
    }

    private void signed(String jws) {
        SignedAssertion signed = SignedAssertion.parse(jws)
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-jws"));
        JsonNode assertion = signed.payload()
                .orElseThrow(() -> findings.halt(WELL_FORMED, "verification.well-formed.not-json"));
        findings.pass(FOUND, "verification.found.signed", Json.text(assertion, "id"));
        requireWellFormed(assertion);
        if (!AssertionShape.isSigned(assertion)) {
            throw findings.halt(SIGNATURE, "verification.signature.not-signed-type");
        }
        if (!SignedAssertion.ALGORITHM.equals(signed.algorithm())) {
            throw findings.halt(SIGNATURE, "verification.signature.algorithm", String.valueOf(signed.algorithm()));
        }
        String creator = assertion.path("verification").path("creator").asText();
        JsonNode key = fetchJson(SIGNATURE, "verification.document.key", creator);
        if (!signed.isSignedBy(Json.text(key, "publicKeyPem"))) {
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
            throw findings.halt(WELL_FORMED, problem.get().code(), problem.get().arguments());
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
        findings.issuer(new IssuerSummary(issuerUrl, Json.text(issuer, "name"), Json.text(issuer, "url")));
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
        if (email != null) {
            boolean matches = RecipientIdentity.of(assertion.path("recipient")).matches(email);
            findings.recipientMatches(matches);
            if (matches) {
                findings.pass(RECIPIENT, "verification.recipient.ok", email);
            } else {
                findings.fail(RECIPIENT, "verification.recipient.mismatch", email);
            }
        }
        checkExpiry(assertion);
    }

    private void checkExpiry(JsonNode assertion) {
        Optional<Instant> expires = Optional.ofNullable(Json.text(assertion, "expires")).flatMap(IsoDates::parse);
        if (expires.isEmpty()) {
            findings.pass(NOT_EXPIRED, "verification.expired.never");
        } else if (expires.get().isAfter(clock.instant())) {
            findings.pass(NOT_EXPIRED, "verification.expired.until", Date.from(expires.get()));
        } else {
            findings.expired();
            findings.fail(NOT_EXPIRED, "verification.expired.since", Date.from(expires.get()));
        }
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
                findings.fail(NOT_REVOKED, "verification.revoked.listed", reasonOf(entry));
                return;
            }
        }
        findings.pass(NOT_REVOKED, "verification.revoked.not-listed");
    }

    private static Object reasonOf(JsonNode revoked) {
        String reason = Json.text(revoked, "revocationReason");
        return reason == null ? new Message("verification.revoked.no-reason") : reason;
    }

    /** A JSON object fetched for {@code check}; any failure halts with what and why. */
    private JsonNode fetchJson(String check, String document, String url) {
        FetchedDocument fetched = fetch(check, document, url);
        if (fetched.gone()) {
            throw findings.halt(check, "verification.fetch.gone", new Message(document), url);
        }
        return Json.object(fetched.text())
                .orElseThrow(() -> findings.halt(check, "verification.fetch.not-json", new Message(document), url));
    }

    private FetchedDocument fetch(String check, String document, String url) {
        try {
            return fetcher.fetch(url);
        } catch (FetchException e) {
            Message reason = new Message("verification.fetch.reason." + e.reason().name().toLowerCase(Locale.ROOT),
                    e.status());
            throw findings.halt(check, "verification.fetch.failed", new Message(document), url, reason);
        }
    }

    private static BadgeSummary badgeSummary(JsonNode badge) {
        return new BadgeSummary(Json.text(badge, "name"), Json.text(badge, "description"),
                Json.idOf(badge.path("image")).orElse(null),
                Json.idOf(badge.path("criteria")).or(() -> Optional.ofNullable(Json.text(badge, "criteriaUrl")))
                        .orElse(null));
    }
}
