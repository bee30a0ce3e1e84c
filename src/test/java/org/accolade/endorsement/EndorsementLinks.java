package org.accolade.endorsement;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;

/** Fresh partners, so that tests sharing a database never meet, and the links of the emails they received. */
final class EndorsementLinks {

    private static final Pattern LINK = Pattern.compile("/endorse/([A-Za-z0-9_-]{43})");

    private final PartnerService partners;
    private final MailOutbox outbox;

    EndorsementLinks(PartnerService partners, MailOutbox outbox) {
        this.partners = partners;
        this.outbox = outbox;
    }

    PartnerOrganisation freshPartner(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return partners.create(name + " " + suffix, "https://partner.example.org",
                "partner-" + suffix + "@example.org", "A partner organisation of the tests.");
    }

    /** The token of the newest email of this template to the partner. */
    String latestToken(PartnerOrganisation partner, MailTemplate template) {
        OutboxMessage mail = mailsTo(partner).stream().filter(message -> message.template().equals(template.name()))
                .findFirst().orElseThrow(() -> new AssertionError(partner.email() + " got no " + template));
        Matcher link = LINK.matcher(mail.body());
        if (!link.find()) {
            throw new AssertionError("No endorsement link in " + mail.body());
        }
        return link.group(1);
    }

    List<OutboxMessage> mailsTo(PartnerOrganisation partner) {
        return outbox.sentTo(partner.email());
    }
}
