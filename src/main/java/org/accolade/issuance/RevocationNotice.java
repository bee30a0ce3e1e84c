package org.accolade.issuance;

import java.util.HashMap;
import java.util.Map;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.issuance.internal.AssertionRecord;
import org.accolade.mail.Mail;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.springframework.stereotype.Component;

/** Tells a holder that their badge was revoked, and why: in the outbox, so only if the revocation commits. */
@Component
class RevocationNotice {

    private final MailOutbox outbox;
    private final MemberService members;
    private final IssuerService issuers;
    private final OpenBadgesUrls urls;

    RevocationNotice(MailOutbox outbox, MemberService members, IssuerService issuers, OpenBadgesUrls urls) {
        this.outbox = outbox;
        this.members = members;
        this.issuers = issuers;
        this.urls = urls;
    }

    void send(AssertionRecord assertion, BadgeClass badge) {
        Member holder = members.get(assertion.recipientId());
        Issuer issuer = issuers.get(badge.issuerId());
        Map<String, Object> model = new HashMap<>(Map.of("recipientName", holder.displayName(),
                "badgeName", badge.name(), "issuerName", issuer.name(), "issuerEmail", issuer.email(),
                "issuedOn", assertion.issuedOn(), "revocationReason", assertion.revocationReason(),
                "assertionUrl", urls.page(assertion.id())));
        outbox.queue(new Mail(assertion.recipientEmail(), holder.language(), MailTemplate.BADGE_REVOKED, model)
                .about(badge.issuerId()));
    }
}
