package org.accolade.mail.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Delivers into a directory instead of an SMTP server, one {@code .eml} file per message under the recipient's
 * address, as a mail catcher would: the local demo run's mail ({@code ./data/mail}), since links are written into
 * a message only as it leaves and the outbox shows them masked. Used only where no {@code spring.mail.host} is set.
 */
class PickupDirectoryMailSender extends JavaMailSenderImpl {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    PickupDirectoryMailSender(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
        for (MimeMessage message : messages) {
            try {
                write(message);
            } catch (IOException | MessagingException e) {
                throw new MailSendException("Cannot write the message into " + directory, e);
            }
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        message.saveChanges();
        for (Address recipient : message.getRecipients(Message.RecipientType.TO)) {
            String address = ((InternetAddress) recipient).getAddress().toLowerCase(Locale.ROOT);
            Path mailbox = Files.createDirectories(directory.resolve(address.replaceAll("[^a-z0-9@._+-]", "_")));
            String name = FILE_TIME.format(clock.instant().atZone(clock.getZone())) + "-"
                    + sequence.incrementAndGet() + ".eml";
            try (OutputStream file = Files.newOutputStream(mailbox.resolve(name))) {
                message.writeTo(file);
            }
        }
    }
}
