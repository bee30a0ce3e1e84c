package org.accolade.endorsement;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.People;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.PublicEndorsement;
import org.accolade.community.PartnerService;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.OutboxMessage;
import org.accolade.mail.internal.SentMail;

/**
 * Fresh partners (so that tests sharing a database never meet) asked by the admin, the links of the emails they
 * received, and what came of their requests. Public for the partner's page's tests (Karibu, Chromium).
 */
public final class PartnerRequests {

    /** A request as the partner holds it: the link's token from the email. */
    public record Asked(PartnerOrganisation partner, EndorsementRequestId request, String token) {
    }

    private static final Pattern LINK = Pattern.compile("/endorse/([A-Za-z0-9_-]{43})");
    private static final String DEMO_PARTNER = "partner@example.org";

    private final PartnerService partners;
    private final SentMail outbox;
    private final MailDelivery delivery;
    private final EndorsementService endorsements;
    private final People people;

    public PartnerRequests(PartnerService partners, SentMail outbox, MailDelivery delivery,
            EndorsementService endorsements, People people) {
        this.partners = partners;
        this.outbox = outbox;
        this.delivery = delivery;
        this.endorsements = endorsements;
        this.people = people;
    }

    public PartnerOrganisation freshPartner(String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return people.as("admin", () -> partners.create(new PartnerForm(name + " " + suffix,
                "https://partner.example.org", "partner-" + suffix + "@example.org",
                "A partner organisation of the tests.")));
    }

    /** The demo network's partner, whom the badge classes that need endorsements ask. */
    public PartnerOrganisation demoPartner() {
        return partners.all().stream().filter(partner -> partner.email().equals(DEMO_PARTNER)).findFirst()
                .orElseThrow();
    }

    /** The admin asks a fresh partner, who gets the email. */
    public Asked ask(String partnerName, EndorsedSubject subject) {
        return ask(partnerName, subject, "admin");
    }

    /** As this admin, of the organisation whose subject it is. */
    public Asked ask(String partnerName, EndorsedSubject subject, String admin) {
        PartnerOrganisation partner = freshPartner(partnerName);
        EndorsementRequestId request = people.as(admin, () -> endorsements.request(partner.id(), subject));
        return new Asked(partner, request, latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED));
    }

    public EndorsementRequestId ask(PartnerOrganisation partner, EndorsedSubject subject) {
        return people.as("admin", () -> endorsements.request(partner.id(), subject));
    }

    /**
     * The token of the newest email of this template to the partner, as it leaves (the outbox holds none): delivering
     * it mints a new token, so the partner's earlier links stop working.
     */
    public String latestToken(PartnerOrganisation partner, MailTemplate template) {
        OutboxMessage mail = mailsTo(partner).stream().filter(message -> message.template().equals(template.name()))
                .findFirst().orElseThrow(() -> new AssertionError(partner.email() + " got no " + template));
        String body = delivery.prepare(mail.id()).orElseThrow(() -> new AssertionError("Link unusable: " + mail));
        Matcher link = LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("No endorsement link in " + body);
        }
        return link.group(1);
    }

    /** The partner endorses from the link in its newest request's email, as from its mail client. */
    public EndorsementDecision endorse(PartnerOrganisation partner) {
        return decide(partner, "endorse");
    }

    public EndorsementDecision decline(PartnerOrganisation partner) {
        return decide(partner, "decline");
    }

    private EndorsementDecision decide(PartnerOrganisation partner, String decision) {
        return endorsements.decide(latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED), answer(decision));
    }

    /** The endorse form's answer ("endorse" or "decline"), signed by Paula Partner. */
    public static Map<String, Object> answer(String decision) {
        return Map.of("decision", decision, "comment", "We hire on this badge.", "endorserName", "Paula Partner",
                "endorserRole", "Head of training");
    }

    public List<OutboxMessage> mailsTo(PartnerOrganisation partner) {
        return outbox.to(partner.email());
    }

    public EndorsementStatus statusOf(EndorsementRequestId request) {
        return statusOf(request, "admin");
    }

    /** As an admin of the organisation that asked: only they see the request. */
    public EndorsementStatus statusOf(EndorsementRequestId request, String admin) {
        return people.as(admin, () -> endorsements.page(null, 0, 200)).stream()
                .filter(summary -> summary.id().equals(request)).findFirst().orElseThrow().status();
    }

    public List<PublicEndorsement> endorsementsBy(PartnerOrganisation partner, EndorsedSubject subject) {
        return endorsements.endorsementsOf(subject).stream()
                .filter(endorsement -> endorsement.partnerId().equals(partner.id())).toList();
    }
}
