package org.accolade.mail.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

import org.accolade.mail.SecretLinks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes into a message the tokens of its single-use links, just before it leaves: each placeholder is replaced by
 * a token its owning module mints now, so that the only copy of a usable token is the mail on its way.
 */
@Component
public class MailDelivery {

    private final ObjectProvider<SecretLinks> issuers;
    private final MailMessageRepository repository;

    /** The issuers are looked up when first needed: they belong to modules that queue mail, hence depend on this. */
    MailDelivery(ObjectProvider<SecretLinks> issuers, MailMessageRepository repository) {
        this.issuers = issuers;
        this.repository = repository;
    }

    /** The body as it is sent, with fresh tokens; empty when one of its links can no longer be used. */
    public Optional<String> prepare(PendingMail mail) {
        return withTokens(mail.body());
    }

    /**
     * The body of message {@code id} as the dispatcher would send it now, minting fresh tokens (any earlier link of
     * the message stops working). For tests that follow a link the way its recipient would.
     */
    public Optional<String> prepare(UUID id) {
        return repository.find(id).map(StoredMail::body).flatMap(this::withTokens);
    }

    /** Invalidates the links of {@code body} at once, by minting tokens nobody will see; false if one is unusable. */
    public boolean invalidateLinks(String body) {
        return withTokens(body).isPresent();
    }

    private Optional<String> withTokens(String body) {
        Matcher placeholder = SecretLinks.PLACEHOLDER.matcher(body);
        StringBuilder sent = new StringBuilder();
        while (placeholder.find()) {
            Optional<String> token = issuer(placeholder.group(1)).renew(UUID.fromString(placeholder.group(2)));
            if (token.isEmpty()) {
                return Optional.empty();
            }
            placeholder.appendReplacement(sent, Matcher.quoteReplacement(token.get()));
        }
        placeholder.appendTail(sent);
        return Optional.of(sent.toString());
    }

    private SecretLinks issuer(String kind) {
        return issuers.stream().filter(issuer -> issuer.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module issues '" + kind + "' links"));
    }
}
