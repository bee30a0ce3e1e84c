package org.accolade.verification;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.accolade.shared.RateLimit;
import org.accolade.shared.RateLimit.Attempt;
import org.accolade.shared.RateLimits;
import org.accolade.verification.internal.BadgeVerifier;
import org.accolade.verification.internal.Message;
import org.accolade.verification.internal.VerificationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Verifies a badge that anyone hands in, an Open Badges 2.0 assertion (hosted or signed) or a 3.0 credential (Data
 * Integrity proof or VC-JWT), and reports each check it made in the caller's language. Open to everyone, signed in or
 * not: a badge's owner shows it to whoever needs to check it. Never throws for a badge, however broken or hostile: a
 * bad badge is a verdict.
 *
 * <p>Any badge may make the server fetch documents from hosts its maker chose, slow ones included, so verifications
 * are bounded: so many per client and minute, so many at once on this node (each within its total fetch time), and
 * past either bound refused with {@link TooManyVerifications} rather than queued.
 */
@Service
public class VerificationService {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final BadgeVerifier verifier;
    private final MessageSource messages;
    private final RateLimit perClient;
    private final Semaphore running;
    private final Duration busyFor;

    VerificationService(BadgeVerifier verifier, MessageSource messages, RateLimits limits,
            VerificationProperties properties,
            @Value("${accolade.verification.per-client-per-minute}") int perClient,
            @Value("${accolade.verification.max-concurrent}") int concurrent) {
        this.verifier = verifier;
        this.messages = messages;
        this.perClient = limits.perWindow(perClient, MINUTE);
        this.running = new Semaphore(concurrent);
        this.busyFor = properties.fetchTimeout();
    }

    /** As {@link #verify(VerificationRequest)}, for a client (its address) that may verify only so often. */
    public VerificationReport verify(VerificationRequest request, String client) {
        Attempt attempt = perClient.attempt(client);
        if (!attempt.allowed()) {
            throw new TooManyVerifications("verification.too-many", attempt.retryAfter());
        }
        return verify(request);
    }

    public VerificationReport verify(VerificationRequest request) {
        if (!running.tryAcquire()) {
            throw new TooManyVerifications("verification.busy", busyFor);
        }
        try {
            return verifier.verify(request).report(message -> words(message, request.locale()));
        } finally {
            running.release();
        }
    }

    private String words(Message message, Locale locale) {
        Object[] arguments = Arrays.stream(message.arguments())
                .map(argument -> argument instanceof Message inner ? words(inner, locale) : argument).toArray();
        return messages.getMessage(message.code(), arguments, message.code(), locale);
    }
}
