package org.accolade.verification.internal;

import java.time.Clock;
import java.util.Optional;

import org.accolade.verification.VerificationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads what was handed in and hands it to the checks of its standard: {@link CredentialVerification} for an Open
 * Badges 3.0 credential, {@link Verification} for a 2.0 assertion, told apart by content. A URL is fetched once, and
 * what it serves decides.
 */
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
        CommonChecks common = new CommonChecks(clock, findings, request.email());
        Verification openBadges2 = new Verification(documents, common, findings);
        CredentialVerification openBadges3 = new CredentialVerification(documents,
                new AssertionMethods(documents, fetcher.publicLinks()), common, findings, request.locale());
        if (payload.kind() == Payload.Kind.URL) {
            FetchedDocument document = documents.badge(payload.text());
            Optional<Payload> credential = Payload.recognise(document.text()).filter(Payload::isCredential);
            if (credential.isPresent()) {
                openBadges3.run(credential.get());
            } else {
                openBadges2.fromDocument(payload.text(), document);
            }
        } else if (payload.isCredential()) {
            openBadges3.run(payload);
        } else if (payload.kind() == Payload.Kind.JWS) {
            openBadges2.fromJws(payload.text());
        } else {
            openBadges2.fromJson(payload.text());
        }
    }
}
