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
            Payload payload = new InputReader(findings).read(request.source());
            new Verification(fetcher, clock, findings, request.email()).run(payload);
        } catch (Findings.Halt halt) {
            // the failed check that stopped it is recorded
        } catch (RuntimeException defect) {
            // A badge, however broken, is a verdict; an exception here is a defect of the verifier, reported as such.
            LOG.error("verification failed unexpectedly", defect);
            findings.fail(Findings.ERROR, "verification.error");
        }
        return findings;
    }
}
