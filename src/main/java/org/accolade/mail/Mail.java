package org.accolade.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.accolade.shared.OrganisationId;

/**
 * A message to queue. {@code language} picks French or English (anything else, or null, gets English); {@code model}
 * must hold every key the template uses: a missing one is a bug in the caller and is refused at queue time.
 * {@code organisation} is the one whose badges, nominations or requests it is about, whose admins watch it in the
 * outbox; null for mail of the platform itself (an invitation to it, an alert to its operators).
 */
public record Mail(String recipient, Locale language, MailTemplate template, Map<String, ?> model,
        OrganisationId organisation) {

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
    }

    /** Mail of the platform, about no organisation. */
    public Mail(String recipient, Locale language, MailTemplate template, Map<String, ?> model) {
        this(recipient, language, template, model, null);
    }

    /** The same message, about this organisation. */
    public Mail about(OrganisationId organisation) {
        return new Mail(recipient, language, template, model, organisation);
    }
}
