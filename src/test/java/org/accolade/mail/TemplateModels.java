package org.accolade.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For each template, a model with every key its callers pass: the contract between the mail module and the others. */
public final class TemplateModels {

    public static final Instant DUE = Instant.parse("2025-03-12T23:30:00Z");

    private TemplateModels() {
    }

    /** A mutable copy, so that a test can take a key out. */
    public static Map<String, Object> full(MailTemplate template) {
        return new HashMap<>(switch (template) {
            case INVITATION -> Map.of("recipientName", "Ada Lovelace", "nominatorName", "Charles Babbage",
                    "badgeName", "Analytical Thinking", "inviteUrl", "https://accolade.example/invitations/abc123",
                    "expiresOn", DUE);
            case ACCEPTANCE_REQUESTED -> Map.of("nomineeName", "Ada Lovelace", "nominatorName", "Charles Babbage",
                    "badgeName", "Analytical Thinking", "taskUrl", "https://accolade.example/tasks/t1");
            case NOMINATION_DECLINED -> Map.of("nominatorName", "Charles Babbage", "nomineeName", "Ada Lovelace",
                    "badgeName", "Analytical Thinking", "message", "Thank you, but not this year.");
            case NOMINATION_STOPPED -> Map.of("nominatorName", "Charles Babbage", "nomineeName", "Ada Lovelace",
                    "badgeName", "Analytical Thinking", "nominationUrl", "https://accolade.example/nominations/n1");
            case EVIDENCE_REQUESTED -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "dueDate", DUE, "taskUrl", "https://accolade.example/tasks/t2", "round", 2);
            case EVIDENCE_REMINDER -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "dueDate", DUE, "taskUrl", "https://accolade.example/tasks/t2");
            case REVIEW_ASSIGNED, REVIEW_REMINDER -> Map.of("jurorName", "Grace Hopper", "nomineeName",
                    "Ada Lovelace", "badgeName", "Analytical Thinking", "dueDate", DUE,
                    "taskUrl", "https://accolade.example/tasks/t3");
            case REVIEW_ESCALATION -> Map.of("adminName", "Alan Turing", "nomineeName", "Ada Lovelace",
                    "badgeName", "Analytical Thinking", "pendingJurors", List.of("Grace Hopper", "Édouard Lucas"),
                    "nominationUrl", "https://accolade.example/nominations/n1");
            case OUTCOME_APPROVED -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking");
            case OUTCOME_REVISE -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "comments", List.of("Show the notes on the engine.", "Add a reference."), "round", 2,
                    "maxRounds", 3, "taskUrl", "https://accolade.example/tasks/t4");
            case OUTCOME_REJECTED -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "comments", List.of("The evidence predates the badge criteria."));
            case BADGE_ISSUED -> Map.of("recipientName", "Charles Babbage", "nomineeName", "Ada Lovelace",
                    "badgeName", "Analytical Thinking", "assertionUrl", "https://accolade.example/ob/assertions/a1");
            case NOMINATION_EXPIRED -> Map.of("recipientName", "Charles Babbage", "nomineeName", "Ada Lovelace",
                    "badgeName", "Analytical Thinking", "reason", "evidence");
            case MEMBER_INVITATION -> Map.of("recipientName", "Ada Lovelace", "inviterName", "Charles Babbage",
                    "issuerName", "Analytical Thinking Society",
                    "inviteUrl", "https://accolade.example/invite/abc123", "expiresOn", DUE);
            case BADGE_REVOKED -> Map.of("recipientName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "issuerName", "Analytical Thinking Society", "issuerEmail", "badges@accolade.example",
                    "issuedOn", DUE, "revocationReason", "Issued by mistake.",
                    "assertionUrl", "https://accolade.example/badges/a1");
            case NOMINATION_CLOSED -> Map.of("nomineeName", "Ada Lovelace", "badgeName", "Analytical Thinking",
                    "closingComment", "No partner could confirm the work in time.");
            case ENDORSEMENT_REQUESTED, ENDORSEMENT_REMINDER -> Map.of("partnerName", "Difference Engine Ltd",
                    "issuerName", "Analytical Thinking Society", "badgeName", "Analytical Thinking",
                    "nomineeName", "Ada Lovelace", "endorseUrl", "https://accolade.example/endorse/abc123",
                    "expiresOn", DUE);
            case MAIL_STALLED -> Map.of("since", DUE, "outboxUrl", "https://accolade.example/admin/outbox");
            case ISSUANCE_INCIDENT -> Map.of("incidentId", "i1", "processInstanceId", "p1", "nominationId", "n1",
                    "cockpitUrl", "https://accolade.example/camunda/app/cockpit/default/#/process-instance/p1");
        });
    }
}
