package org.accolade.mail.internal;

import java.util.List;

import org.accolade.mail.OutboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the outbox holds for a recipient, as tests read it: no production code looks mail up by address, so the query
 * lives here, with the outbox's own columns and masking of single-use links. A component of the test classpath, so
 * that every application test context has it.
 */
@Component
public class SentMail {

    private final JdbcClient jdbc;

    SentMail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every message to {@code recipient} (compared case-insensitively), whatever its status, newest first. */
    public List<OutboxMessage> to(String recipient) {
        return jdbc.sql("select " + MailMessageRepository.OUTBOX_COLUMNS + " from mail_message"
                        + " where lower(recipient) = lower(:recipient) order by created_at desc, id")
                .param("recipient", recipient)
                .query(MailMessageRepository::outboxMessage)
                .list();
    }
}
