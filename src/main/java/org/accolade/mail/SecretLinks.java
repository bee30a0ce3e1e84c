package org.accolade.mail;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A module whose mails carry single-use links (invitations, endorsement requests). Such a mail is queued with
 * {@link #placeholder} where the token goes; the outbox stores and shows only the placeholder, and the token is
 * minted through {@link #renew} when the mail is delivered, so that no usable token is ever stored or readable by an
 * admin. See docs/adr/0013-tokens-and-the-outbox.md.
 */
public interface SecretLinks {

    /** Finds every placeholder of a body; group 1 is the kind, group 2 the reference. */
    Pattern PLACEHOLDER = Pattern.compile("\\{secret-link:([a-z-]+):([0-9a-f-]{36})}");

    /** The kind of link this module renews, as written in its placeholders (e.g. {@code invitation}). */
    String kind();

    /**
     * A fresh token for the link {@code reference}, whose hash replaces the previous one, so that any earlier link
     * stops working. Empty when the link may no longer be used (answered, expired, cancelled): the mail is then
     * not sent. Runs in a transaction of its own, committed before the mail leaves.
     */
    Optional<String> renew(UUID reference);

    /** What a module writes in place of the token in the mail it queues. */
    static String placeholder(String kind, UUID reference) {
        return "{secret-link:" + kind + ":" + reference + "}";
    }
}
