package org.accolade.mail.internal;

import java.util.UUID;

/** A message as stored, for resending it: {@code body} is null once purged. */
public record StoredMail(UUID id, long version, String recipient, String language, String template, String subject,
        String body, String status, UUID organisationId) {
}
