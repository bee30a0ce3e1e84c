package org.accolade.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message as the outbox holds it. {@code status} is QUEUED, SENDING, SENT or FAILED; {@code links} are the http(s)
 * URLs of the body, so that an admin can follow them when no mail server is configured; {@code organisationId} is the
 * organisation it is about, null for the platform's own mail.
 */
public record OutboxMessage(UUID id, String recipient, String language, String template, String subject, String body,
        String status, int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError,
        List<String> links, UUID organisationId) {
}
