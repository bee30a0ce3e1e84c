package org.accolade.mail.internal;

import java.util.UUID;

/** What a dispatcher needs to deliver a message; {@code version} is the row's, for the conditional updates. */
public record PendingMail(UUID id, long version, int attempts, String recipient, String subject, String body) {

    /** The same message as it stands once its claim has bumped the row's version. */
    PendingMail claimed() {
        return new PendingMail(id, version + 1, attempts, recipient, subject, body);
    }
}
