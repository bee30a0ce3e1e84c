package org.accolade.mail.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * What a dispatcher needs to deliver a message; {@code version} is the row's, for the conditional updates;
 * {@code body} may hold {@link org.accolade.mail.SecretLinks} placeholders, filled in at delivery.
 */
public record PendingMail(UUID id, long version, int attempts, String recipient, String subject, String body,
        Instant queuedAt) {

    /** The same message as it stands once its claim has bumped the row's version. */
    PendingMail claimed() {
        return new PendingMail(id, version + 1, attempts, recipient, subject, body, queuedAt);
    }
}
