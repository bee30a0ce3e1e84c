package org.accolade.nomination.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.NewInvitation;
import org.accolade.community.OrganisationRole;
import org.accolade.mail.Mail;
import org.accolade.mail.MailOutbox;
import org.accolade.mail.MailTemplate;
import org.accolade.shared.PublicLinks;
import org.springframework.stereotype.Component;

/** The emails of the lifecycle, each written in its recipient's language. */
@Component
class NominationMailer {

    private final MailOutbox outbox;
    private final MemberService members;
    private final BadgeClassService badgeClasses;
    private final PublicLinks links;

    NominationMailer(MailOutbox outbox, MemberService members, BadgeClassService badgeClasses,
            PublicLinks links) {
        this.outbox = outbox;
        this.members = members;
        this.badgeClasses = badgeClasses;
        this.links = links;
    }

    /** The people and the badge every message names. */
    private record Parties(Member nominee, Member nominator, BadgeClass badge) {
    }

    private Parties parties(Nomination nomination) {
        List<Member> people = members.getAll(List.of(nomination.nomineeId(), nomination.nominatorId()));
        return new Parties(people.get(0), people.get(1), badgeClasses.get(nomination.badgeClassId()));
    }

    void invitation(Nomination nomination, NewInvitation invitation) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.INVITATION, Map.of("recipientName", nullToEmpty(p.nominee().name()),
                "nominatorName", p.nominator().displayName(), "badgeName", p.badge().name(),
                "inviteUrl", links.invitation(invitation.token()), "expiresOn", invitation.expiresAt()));
    }

    void acceptanceRequested(Nomination nomination, OpenTask task) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.ACCEPTANCE_REQUESTED, Map.of("nomineeName",
                p.nominee().displayName(), "nominatorName", p.nominator().displayName(), "badgeName", p.badge().name(),
                "taskUrl", taskUrl(task)));
    }

    void declined(Nomination nomination) {
        Parties p = parties(nomination);
        send(nomination, p.nominator(), MailTemplate.NOMINATION_DECLINED, Map.of("nominatorName",
                p.nominator().displayName(), "nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "message", nullToEmpty(nomination.nomineeMessage())));
    }

    /** Says neither that the nominee holds the badge nor what they lack: only that it stopped. */
    void stopped(Nomination nomination) {
        Parties p = parties(nomination);
        send(nomination, p.nominator(), MailTemplate.NOMINATION_STOPPED, Map.of("nominatorName",
                p.nominator().displayName(), "nomineeName", p.nominee().displayName(), "badgeName", p.badge().name(),
                "nominationUrl", links.nomination(nomination.id().value())));
    }

    void evidenceRequested(Nomination nomination, OpenTask task) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.EVIDENCE_REQUESTED, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "dueDate", task.due(), "taskUrl", taskUrl(task),
                "round", nomination.round()));
    }

    void revisionRequested(Nomination nomination, OpenTask task, List<String> comments) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.OUTCOME_REVISE, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "comments", comments, "round", nomination.round(),
                "maxRounds", p.badge().review().maxRounds(), "taskUrl", taskUrl(task)));
    }

    void evidenceReminder(Nomination nomination, OpenTask task) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.EVIDENCE_REMINDER, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "dueDate", task.due(), "taskUrl", taskUrl(task)));
    }

    /** REVIEW_ASSIGNED or REVIEW_REMINDER to every juror the task waits for. */
    void toJurors(MailTemplate template, Nomination nomination, OpenTask task) {
        Parties p = parties(nomination);
        for (Member juror : members.getAll(task.people())) {
            send(nomination, juror, template, Map.of("jurorName", juror.displayName(), "nomineeName",
                    p.nominee().displayName(), "badgeName", p.badge().name(), "dueDate", task.due(),
                    "taskUrl", taskUrl(task)));
        }
    }

    void escalation(Nomination nomination, List<OpenTask> tasks) {
        Parties p = parties(nomination);
        var pending = new LinkedHashSet<MemberId>();
        tasks.forEach(task -> pending.addAll(task.people()));
        List<String> pendingNames = members.getAll(pending).stream().map(Member::displayName).toList();
        for (Member admin : members.membersOf(nomination.organisation(), OrganisationRole.ADMIN)) {
            if (nomination.involves(admin.id())) {
                continue; // they may not act on it (ADR 2, 14)
            }
            send(nomination, admin, MailTemplate.REVIEW_ESCALATION, Map.of("adminName", admin.displayName(),
                    "nomineeName", p.nominee().displayName(), "badgeName", p.badge().name(),
                    "pendingJurors", pendingNames, "nominationUrl", links.nomination(nomination.id().value())));
        }
    }

    void approved(Nomination nomination) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.OUTCOME_APPROVED, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name()));
    }

    void rejected(Nomination nomination, List<String> comments) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.OUTCOME_REJECTED, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "comments", comments));
    }

    void closedWithoutEndorsements(Nomination nomination, String comment) {
        Parties p = parties(nomination);
        send(nomination, p.nominee(), MailTemplate.NOMINATION_CLOSED, Map.of("nomineeName", p.nominee().displayName(),
                "badgeName", p.badge().name(), "closingComment", comment));
    }

    /** To the recipient, and to the nominator when someone else nominated them. */
    void badgeIssued(Nomination nomination, String assertionId) {
        Parties p = parties(nomination);
        for (Member recipient : new LinkedHashSet<>(List.of(p.nominee(), p.nominator()))) {
            send(nomination, recipient, MailTemplate.BADGE_ISSUED, Map.of("recipientName", recipient.displayName(),
                    "nomineeName", p.nominee().displayName(), "badgeName", p.badge().name(),
                    "assertionUrl", links.badgePage(UUID.fromString(assertionId))));
        }
    }

    void expired(Nomination nomination, String reason) {
        Parties p = parties(nomination);
        for (Member recipient : new LinkedHashSet<>(List.of(p.nominee(), p.nominator()))) {
            send(nomination, recipient, MailTemplate.NOMINATION_EXPIRED, Map.of("recipientName",
                    recipient.displayName(), "nomineeName", p.nominee().displayName(), "badgeName",
                    p.badge().name(), "reason", reason));
        }
    }

    /** About the nomination's organisation, whose admins watch it in their outbox. */
    private void send(Nomination nomination, Member recipient, MailTemplate template, Map<String, ?> model) {
        outbox.queue(new Mail(recipient.email(), recipient.language(), template, new HashMap<>(model))
                .about(nomination.organisation()));
    }

    private String taskUrl(OpenTask task) {
        return links.task(task.taskId());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
