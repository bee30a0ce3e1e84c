package org.accolade.endorsement.internal;

import java.util.Map;

import org.accolade.community.PartnerOrganisation;
import org.accolade.mail.Mail;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.SecretLinks;
import org.accolade.shared.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * The partner's emails: the request and its reminder, each carrying a link whose token is minted when it leaves
 * ({@link EndorsementLinks}), so that the mail on its way holds the only copy. They are about the asking
 * organisation, whose admins follow them in the outbox.
 */
@Component
class EndorsementMailer {

    private final MailOutbox outbox;
    private final Subjects subjects;
    private final PublicLinks links;

    EndorsementMailer(MailOutbox outbox, Subjects subjects, PublicLinks links) {
        this.outbox = outbox;
        this.subjects = subjects;
        this.links = links;
    }

    void send(MailTemplate template, EndorsementRequest request, PartnerOrganisation partner) {
        Subjects.SubjectView subject = subjects.view(request.subject(), request.nominationId());
        outbox.queue(new Mail(partner.email(), request.language(), template, Map.of(
                "partnerName", partner.name(),
                "issuerName", subject.issuer().name(),
                "badgeName", subject.badge() == null ? "" : subject.badge().name(),
                "nomineeName", subject.award() == null || !subject.award().nomineeShown() ? ""
                        : subject.award().nomineeName(),
                "endorseUrl", links.endorsement(SecretLinks.placeholder(EndorsementLinks.KIND, request.id().value())),
                "expiresOn", request.expiresAt())).about(request.organisationId()));
    }
}
