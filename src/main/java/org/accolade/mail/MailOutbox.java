package org.accolade.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.MailRenderer;
import org.accolade.mail.internal.MailStatus;
import org.accolade.mail.internal.OutboxScope;
import org.accolade.mail.internal.RenderedMail;
import org.accolade.mail.internal.StoredMail;
import org.accolade.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox every module writes its messages to. A message is stored in the caller's transaction, so it exists
 * exactly when the step that caused it commits; delivery happens later, see {@code MailDispatcher}. A single-use
 * link is queued as a {@link SecretLinks#placeholder}, so what the outbox stores and shows holds no usable token.
 */
@Service
public class MailOutbox {

    private static final int MAX_PAGE_SIZE = 200;
    /** The operators' address from the configuration has no profile: written in French, as for partners. */
    private static final Locale OPERATOR_LANGUAGE = Locale.FRENCH;

    private final MailRenderer renderer;
    private final MailMessageRepository repository;
    private final MailDelivery delivery;
    private final ObjectProvider<OperatorDirectory> operators;
    private final ObjectProvider<SenderDirectory> senders;
    private final String operatorEmail;
    private final Clock clock;

    MailOutbox(MailRenderer renderer, MailMessageRepository repository, MailDelivery delivery,
            ObjectProvider<OperatorDirectory> operators, ObjectProvider<SenderDirectory> senders,
            @Value("${accolade.operator-email:}") String operatorEmail, Clock clock) {
        this.renderer = renderer;
        this.repository = repository;
        this.delivery = delivery;
        this.operators = operators;
        this.senders = senders;
        this.operatorEmail = operatorEmail;
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
        RenderedMail rendered = renderer.render(mail.template(), mail.language(), signed(mail));
        UUID id = UUID.randomUUID();
        repository.insert(id, mail.recipient(), mail.organisation(), mail.template(), rendered, clock.instant());
        return id;
    }

    /** The model, with the name of the organisation the mail is about for its footer to sign with. */
    private Map<String, ?> signed(Mail mail) {
        SenderDirectory directory = senders.getIfAvailable();
        if (mail.organisation() == null || directory == null) {
            return mail.model();
        }
        Map<String, Object> model = new HashMap<>(mail.model());
        directory.nameOf(mail.organisation()).ifPresent(name -> model.put(MailRenderer.SIGNATURE, name));
        return model;
    }

    /**
     * Queues {@code template} for every operator: the system administrators, each in their language, and
     * {@code accolade.operator-email} when it is set. Nothing is queued when there is nobody to tell.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void alertOperators(MailTemplate template, Map<String, ?> model) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        operators.orderedStream().forEach(directory -> recipients.putAll(directory.operators()));
        if (!operatorEmail.isBlank()) {
            recipients.putIfAbsent(operatorEmail.strip(), OPERATOR_LANGUAGE);
        }
        recipients.forEach((address, language) -> queue(new Mail(address, language, template, model)));
    }

    /**
     * One page of the outbox, newest first; {@code status} null or blank lists every status. An organisation admin
     * reads their organisations' mail, the system admin the platform's (see {@link OutboxScope}).
     */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public List<OutboxMessage> list(String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "Page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ", got " + page + "/" + size);
        }
        MailStatus wanted = status == null || status.isBlank() ? null : MailStatus.parse(status);
        return repository.list(wanted, OutboxScope.ofCaller(), page, size);
    }

    /** How many messages {@link #list} can page through; for the admins' outbox screen. */
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public int count(String status) {
        return repository.count(status == null || status.isBlank() ? null : MailStatus.parse(status),
                OutboxScope.ofCaller());
    }

    /**
     * Sends a message again, for an admin whose correspondent lost it or whose mail server gave up: a FAILED message
     * is queued again, any other that has left is queued as a copy. Its single-use links get new tokens, and the
     * links already sent stop working now, not only when the copy leaves.
     *
     * @return the id of the message queued
     * @throws DomainException 404 for an unknown message, or one the caller may not read; 409 for one still waiting
     *         to leave, one whose body was purged, or one whose link can no longer be used
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public UUID resend(UUID id) {
        StoredMail mail = repository.find(id).filter(found -> OutboxScope.ofCaller().covers(found.organisationId()))
                .orElseThrow(() -> DomainException.notFound("outbox.unknown", "id"));
        MailStatus status = MailStatus.valueOf(mail.status());
        if (status == MailStatus.QUEUED || status == MailStatus.SENDING) {
            throw DomainException.conflict("outbox.resend.waiting", "id");
        }
        if (mail.body() == null) {
            throw DomainException.conflict("outbox.resend.purged", "id");
        }
        if (!delivery.invalidateLinks(mail.body())) {
            throw DomainException.conflict("outbox.resend.link-unusable", "id");
        }
        if (status != MailStatus.FAILED) {
            return repository.queueCopy(mail, clock.instant());
        }
        if (!repository.requeue(mail, clock.instant())) {
            throw DomainException.conflict("outbox.resend.waiting", "id");
        }
        return id;
    }

    /** An address the mail server would refuse is a bug in the caller: refuse it now rather than retry it for days. */
    private static void requireEmailAddress(String recipient) {
        try {
            new InternetAddress(recipient, true).validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("Not an email address: " + recipient, e);
        }
    }
}
