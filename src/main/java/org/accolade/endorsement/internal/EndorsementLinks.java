package org.accolade.endorsement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.accolade.endorsement.EndorsementStatus;
import org.accolade.mail.SecretLinks;
import org.accolade.shared.SecretToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints the token of a partner's link when its mail leaves, replacing the previous one (ADR 0010: only the newest
 * link works); a request no longer waiting for an answer gets none, and its mail is not sent.
 */
@Component
class EndorsementLinks implements SecretLinks {

    static final String KIND = "endorsement";

    private final EndorsementRequestRepository requests;
    private final Clock clock;

    EndorsementLinks(EndorsementRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    public Optional<String> renew(UUID requestId) {
        Instant now = clock.instant();
        return requests.findById(requestId)
                .filter(request -> request.status() == EndorsementStatus.PENDING && now.isBefore(request.expiresAt()))
                .map(request -> {
                    String token = SecretToken.generate();
                    request.replaceToken(SecretToken.hash(token), now, false);
                    requests.save(request);
                    return token;
                });
    }
}
