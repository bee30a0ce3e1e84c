package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.FOUND;
import static org.accolade.verification.internal.Findings.NOT_REVOKED;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents one verification reads, fetched through the {@link DocumentFetcher}, every failure worded the same
 * way for both standards: which document, at which address, and why it could not be had.
 */
final class Documents {

    private final DocumentFetcher fetcher;
    private final Findings findings;
    /** All the documents of one verification are fetched by then, so that slow hosts cannot hold it for long. */
    private final long deadline;

    Documents(DocumentFetcher fetcher, Findings findings) {
        this.fetcher = fetcher;
        this.findings = findings;
        this.deadline = fetcher.verificationDeadline();
    }

    /** {@code document} is the message code naming it in the report ({@code verification.document.*}). */
    FetchedDocument fetch(String document, String url) throws Refusal {
        try {
            return fetcher.fetch(url, deadline);
        } catch (FetchException e) {
            Message reason = new Message("verification.fetch.reason." + e.reason().name().toLowerCase(Locale.ROOT),
                    e.status());
            throw new Refusal("verification.fetch.failed", new Message(document), url, reason);
        }
    }

    /** A JSON object; an answer 410 Gone is refused here, where only the badge itself may be gone. */
    JsonNode json(String document, String url) throws Refusal {
        FetchedDocument fetched = fetch(document, url);
        if (fetched.gone()) {
            throw new Refusal("verification.fetch.gone", new Message(document), url);
        }
        return Json.object(fetched.text())
                .orElseThrow(() -> new Refusal("verification.fetch.not-json", new Message(document), url));
    }

    /** The badge at a URL someone handed in (or its id names); a 410 Gone answer means its issuer revoked it. */
    FetchedDocument badge(String url) {
        FetchedDocument document = findings.require(FOUND, () -> fetch("verification.document.assertion", url));
        if (document.gone()) {
            findings.revoked();
            // The 410 body may say why (Accolade's does); without one, the status alone is the verdict.
            throw findings.halt(NOT_REVOKED, "verification.revoked.gone", url,
                    Json.object(document.text()).map(Documents::revocationReason)
                            .orElseGet(() -> new Message("verification.revoked.no-reason")));
        }
        return document;
    }

    /** The {@code revocationReason} of a revoked Open Badges 2.0 assertion or revocation list entry. */
    static Object revocationReason(JsonNode revoked) {
        String reason = Json.text(revoked, "revocationReason");
        return reason == null ? new Message("verification.revoked.no-reason") : reason;
    }
}
