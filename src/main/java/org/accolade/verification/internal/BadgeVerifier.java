package org.accolade.verification.internal;

import java.time.Clock;

import org.accolade.verification.VerificationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Runs one {@link Verification} per badge handed in; the checks themselves are there. */
@Component
public class BadgeVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeVerifier.class);

    private final DocumentFetcher fetcher;
    private final Clock clock;

    public BadgeVerifier(DocumentFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public Findings verify(VerificationRequest request) {
        Findings findings = new Findings();
        try {
            run(new InputReader(findings).read(request.source()), request, findings);
        } catch (Findings.Halt halt) {
            // the failed check that stopped it is recorded
        } catch (RuntimeException defect) {
            // A badge, however broken, is a verdict; an exception here is a defect of the verifier, reported as such.
            LOG.error("verification failed unexpectedly", defect);
            findings.fail(Findings.ERROR, "verification.error");
        }
        return findings;
    }

    private void run(Payload payload, VerificationRequest request, Findings findings) {
        Documents documents = new Documents(fetcher, findings);
        Verification openBadges2 = new Verification(documents, new CommonChecks(clock, findings, request.email()),
                findings);
        switch (payload.kind()) {
            case URL -> openBadges2.fromDocument(payload.text(), documents.badge(payload.text()));
            case JWS -> openBadges2.fromJws(payload.text());
            case JSON -> openBadges2.fromJson(payload.text());
        }
    }
}
