package org.accolade.mail.internal;

/** A template rendered for one reader: ready to store and send. */
public record RenderedMail(MailLanguage language, String subject, String body) {
}
