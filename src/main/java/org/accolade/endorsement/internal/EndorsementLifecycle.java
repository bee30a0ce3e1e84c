package org.accolade.endorsement.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.MailTemplate;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.SecretToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code endorsement.bpmn} and the administrators' resend: each new link is queued as a placeholder,
 * and its token is minted when the mail leaves ({@link EndorsementLinks}); a new link kills the previous one at once.
 */
@Component
@Transactional
public class EndorsementLifecycle {

    private final EndorsementRequestRepository requests;
    private final PartnerDirectory partners;
    private final Subjects subjects;
    private final EndorsementMailer mailer;
    private final Clock clock;

    EndorsementLifecycle(EndorsementRequestRepository requests, PartnerDirectory partners, Subjects subjects,
            EndorsementMailer mailer, Clock clock) {
        this.requests = requests;
        this.partners = partners;
        this.subjects = subjects;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Task_CreateRequest: the request, answerable for {@code expireAfter}, and the email with its link. */
    public EndorsementRequestId create(PartnerId partnerId, EndorsedSubject subject, UUID nominationId,
            Duration expireAfter) {
        PartnerOrganisation partner = partners.get(partnerId);
        OrganisationId asking = subjects.view(subject, nominationId).organisation();
        Instant now = clock.instant();
        EndorsementRequest request = requests.save(EndorsementRequest.create(partnerId, asking, subject, nominationId,
                partner.language(), unheldTokenHash(), now, now.plus(expireAfter)));
        mailer.send(MailTemplate.ENDORSEMENT_REQUESTED, request, partner);
        return request.id();
    }

    /** Task_RemindPartner: a reminder with a new link; the previous link stops working. */
    public void remind(EndorsementRequestId id) {
        sendNewLink(id, MailTemplate.ENDORSEMENT_REMINDER, true);
    }

    /** An administrator sends the request again, with a new link (the partner lost the email, say). */
    public void resend(EndorsementRequestId id) {
        sendNewLink(id, MailTemplate.ENDORSEMENT_REQUESTED, false);
    }

    /** Task_ExpireRequest. */
    public void expire(EndorsementRequestId id) {
        EndorsementRequest request = get(id);
        request.expire();
        requests.save(request);
    }

    public EndorsementRequest get(EndorsementRequestId id) {
        return requests.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("endorsement.request.unknown", "id"));
    }

    private void sendNewLink(EndorsementRequestId id, MailTemplate template, boolean reminder) {
        EndorsementRequest request = get(id);
        request.replaceToken(unheldTokenHash(), clock.instant(), reminder);
        requests.save(request);
        mailer.send(template, request, partners.get(request.partnerId()));
    }

    /** The hash of a token nobody holds: no link works until the mail that carries one leaves. */
    private static String unheldTokenHash() {
        return SecretToken.hash(SecretToken.generate());
    }
}
