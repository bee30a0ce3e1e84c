package org.accolade.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.MailRenderer;
import org.accolade.mail.internal.MailStatus;
import org.accolade.mail.internal.RenderedMail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox every module writes its messages to. A message is stored in the caller's transaction, so it exists
 * exactly when the step that caused it commits; delivery happens later, see {@code MailDispatcher}.
 */
@Service
public class MailOutbox {

    private static final int MAX_PAGE_SIZE = 200;

    private final MailRenderer renderer;
    private final MailMessageRepository repository;
    private final Clock clock;

    MailOutbox(MailRenderer renderer, MailMessageRepository repository, Clock clock) {
        this.renderer = renderer;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Renders now, so that a wrong model fails in the caller rather than as a broken mail, and stores the message as
     * QUEUED in the caller's transaction.
     *
     * @throws IllegalArgumentException if the recipient is not an email address or the model lacks a key
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public UUID queue(Mail mail) {
        requireEmailAddress(mail.recipient());
        RenderedMail rendered = renderer.render(mail.template(), mail.language(), mail.model());
        UUID id = UUID.randomUUID();
        repository.insert(id, mail.recipient(), mail.template(), rendered, clock.instant());
        return id;
    }

    /** One page of the outbox, newest first; {@code status} null or blank lists every status. */
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public List<OutboxMessage> list(String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "Page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ", got " + page + "/" + size);
        }
        MailStatus wanted = status == null || status.isBlank() ? null : MailStatus.parse(status);
        return repository.list(wanted, page, size);
    }

    /** How many messages {@link #list} can page through; for the admins' outbox screen. */
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public int count(String status) {
        return repository.count(status == null || status.isBlank() ? null : MailStatus.parse(status));
    }

    /** Every message addressed to {@code recipient} (compared case-insensitively), whatever its status, newest first. */
    public List<OutboxMessage> sentTo(String recipient) {
        return repository.findByRecipient(recipient);
    }

    /** An address the mail server would refuse is a bug in the caller: refuse it now rather than retry it for hours. */
    private static void requireEmailAddress(String recipient) {
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an email address: " + recipient, e);
        }
    }
}
