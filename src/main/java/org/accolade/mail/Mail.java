package org.accolade.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to queue. {@code language} picks French or English (anything else, or null, gets English); {@code model}
 * must hold every key the template uses: a missing one is a bug in the caller and is refused at queue time.
 */
public record Mail(String recipient, Locale language, MailTemplate template, Map<String, ?> model) {

    public Mail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(model, "model");
    }
}
