package org.accolade.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.SecretLinks;
import org.accolade.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_message} table. Every change after the insert is conditional on the row's version, so that of two
 * nodes acting on the same message only the first succeeds.
 */
@Repository
public class MailMessageRepository {

    /** What the outbox shows where a token will be written at delivery. */
    public static final String MASK = "••••••••";

    static final String OUTBOX_COLUMNS = "id, recipient, language, template, subject, body, status, attempts,"
            + " created_at, sent_at, next_attempt_at, last_error, organisation_id";

    private final JdbcClient jdbc;

    MailMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, String recipient, OrganisationId organisation, MailTemplate template,
            RenderedMail rendered, Instant now) {
        insert(id, recipient, organisation, rendered.language().code(), template.name(), rendered.subject(),
                rendered.body(), now);
    }

    private void insert(UUID id, String recipient, OrganisationId organisation, String language, String template,
            String subject, String body, Instant now) {
        jdbc.sql("""
                insert into mail_message (id, recipient, organisation_id, language, template, subject, body, status,
                                          attempts, next_attempt_at, created_at, queued_at, version)
                values (:id, :recipient, :organisation, :language, :template, :subject, :body, :status, 0, :now,
                        :now, :now, 0)""")
                .param("id", id)
                .param("organisation", organisation == null ? null : organisation.value())
                .param("recipient", recipient)
                .param("language", language)
                .param("template", template)
                .param("subject", subject)
                .param("body", body)
                .param("status", MailStatus.QUEUED.name())
                .param("now", timestamp(now))
                .update();
    }

    /** The message as stored, placeholders and all; for delivery and resending, never for display. */
    public Optional<StoredMail> find(UUID id) {
        return jdbc.sql("select id, version, recipient, language, template, subject, body, status, organisation_id"
                        + " from mail_message where id = :id")
                .param("id", id)
                .query(StoredMail.class)
                .optional();
    }

    /** A copy of {@code mail}, queued as a new message: the original keeps its own history. */
    public UUID queueCopy(StoredMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        insert(id, mail.recipient(), mail.organisationId() == null ? null : new OrganisationId(mail.organisationId()),
                mail.language(), mail.template(), mail.subject(), mail.body(), now);
        return id;
    }

    /** A FAILED message queued again, with its attempts and its give-up period counted afresh. */
    public boolean requeue(StoredMail mail, Instant now) {
        return jdbc.sql("""
                update mail_message set status = :queued, attempts = 0, next_attempt_at = :now, queued_at = :now,
                                        version = version + 1
                where id = :id and version = :version""")
                .param("queued", MailStatus.QUEUED.name())
                .param("now", timestamp(now))
                .param("id", mail.id())
                .param("version", mail.version())
                .update() == 1;
    }

    /** The messages {@code scope} covers, newest first; {@code status} null means every status. */
    public List<OutboxMessage> list(MailStatus status, OutboxScope scope, int page, int size) {
        return jdbc.sql("select " + OUTBOX_COLUMNS + " from mail_message where " + where(status, scope)
                        + " order by created_at desc, id limit :size offset :offset")
                .params(params(status, scope))
                .param("size", size)
                .param("offset", (long) page * size)
                .query(MailMessageRepository::outboxMessage)
                .list();
    }

    /** {@code status} null means every status. */
    public int count(MailStatus status, OutboxScope scope) {
        return jdbc.sql("select count(*) from mail_message where " + where(status, scope))
                .params(params(status, scope))
                .query(Integer.class).single();
    }

    // No "where :status is null" trick: PostgreSQL cannot type a null parameter.
    private static String where(MailStatus status, OutboxScope scope) {
        return scope.condition() + (status == null ? "" : " and status = :status");
    }

    private static Map<String, Object> params(MailStatus status, OutboxScope scope) {
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            params.put("status", status.name());
        }
        if (!scope.organisations().isEmpty()) {
            params.put("organisations", scope.organisations());
        }
        return params;
    }

    /**
     * Messages waiting for their (next) attempt, and messages whose claim has expired because the node sending them
     * stopped: a claim moves {@code next_attempt_at} to the end of its lease.
     */
    public List<PendingMail> findDue(Instant now, int limit) {
        return jdbc.sql("""
                select id, version, attempts, recipient, subject, body, queued_at from mail_message
                where status in (:queued, :sending) and next_attempt_at <= :now
                order by next_attempt_at limit :limit""")
                .param("queued", MailStatus.QUEUED.name())
                .param("sending", MailStatus.SENDING.name())
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(PendingMail.class)
                .list();
    }

    /** Takes the message for this node until {@code leaseUntil}; empty if another node changed it first. */
    public Optional<PendingMail> claim(PendingMail mail, Instant leaseUntil) {
        int claimed = jdbc.sql("""
                update mail_message set status = :sending, next_attempt_at = :leaseUntil, version = version + 1
                where id = :id and version = :version""")
                .param("sending", MailStatus.SENDING.name())
                .param("leaseUntil", timestamp(leaseUntil))
                .param("id", mail.id())
                .param("version", mail.version())
                .update();
        return claimed == 1 ? Optional.of(mail.claimed()) : Optional.empty();
    }

    public void markSent(PendingMail mail, Instant sentAt) {
        jdbc.sql("""
                update mail_message set status = :sent, sent_at = :sentAt, last_error = null, version = version + 1
                where id = :id and version = :version""")
                .param("sent", MailStatus.SENT.name())
                .param("sentAt", timestamp(sentAt))
                .param("id", mail.id())
                .param("version", mail.version())
                .update();
    }

    /**
     * Records a failed attempt: QUEUED again from {@code nextAttemptAt}, or FAILED for good; or CANCELLED, not
     * attempted, when its link can no longer be used.
     */
    public void recordFailure(PendingMail mail, MailStatus status, String error, Instant nextAttemptAt) {
        jdbc.sql("""
                update mail_message set status = :status, attempts = attempts + 1, last_error = :error,
                                        next_attempt_at = :nextAttemptAt, version = version + 1
                where id = :id and version = :version""")
                .param("status", status.name())
                .param("error", error)
                .param("nextAttemptAt", timestamp(nextAttemptAt))
                .param("id", mail.id())
                .param("version", mail.version())
                .update();
    }

    /** Removes the bodies of messages delivered at or before {@code sentBefore}; returns how many. */
    public int purgeBodies(Instant sentBefore) {
        return jdbc.sql("""
                update mail_message set body = null, version = version + 1
                where status = :sent and sent_at <= :sentBefore and body is not null""")
                .param("sent", MailStatus.SENT.name())
                .param("sentBefore", timestamp(sentBefore))
                .update();
    }

    /**
     * When the oldest message still waiting after a failed attempt was queued, leaving out {@code template}'s own
     * messages (the alert about stalled mail must not keep itself alive).
     */
    public Optional<Instant> oldestFailing(MailTemplate template) {
        return jdbc.sql("""
                select min(queued_at) from mail_message
                where status in (:queued, :sending) and attempts > 0 and template <> :template""")
                .param("queued", MailStatus.QUEUED.name())
                .param("sending", MailStatus.SENDING.name())
                .param("template", template.name())
                .query((row, number) -> instant(row, 1))
                .optional();
    }

    /** Whether a message of {@code template} was queued at or after {@code since}. */
    public boolean queuedSince(MailTemplate template, Instant since) {
        return jdbc.sql("select count(*) from mail_message where template = :template and created_at >= :since")
                .param("template", template.name())
                .param("since", timestamp(since))
                .query(Integer.class).single() > 0;
    }

    /** Tokens are never stored, but placeholders are masked all the same: the outbox shows where a link goes. */
    static OutboxMessage outboxMessage(ResultSet row, int rowNumber) throws SQLException {
        String body = row.getString("body");
        String masked = body == null ? null : SecretLinks.PLACEHOLDER.matcher(body).replaceAll(MASK);
        return new OutboxMessage(row.getObject("id", UUID.class), row.getString("recipient"),
                row.getString("language"), row.getString("template"), row.getString("subject"), masked,
                row.getString("status"), row.getInt("attempts"), instant(row, "created_at"),
                instant(row, "sent_at"), instant(row, "next_attempt_at"), row.getString("last_error"),
                masked == null ? List.of() : LinkExtractor.linksIn(masked),
                row.getObject("organisation_id", UUID.class));
    }

    /** Written as an offset date-time, which both H2 and the PostgreSQL driver map to timestamp with time zone. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
