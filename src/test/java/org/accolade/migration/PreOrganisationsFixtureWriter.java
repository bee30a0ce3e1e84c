package org.accolade.migration;

import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.accolade.People;
import org.accolade.Recognitions;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerService;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.PartnerRequests;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.IssueBadges;
import org.accolade.issuance.IssuedBadge;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.tasks.TaskListService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes the database of the last main before organisations (issue 12, ADR 17) as a portable dump: the demo
 * network, badges issued through a whole nomination, signed and hosted, one revoked, a partner's endorsement, and
 * nominations still waiting for their nominee, their jury and a partner. Not a test (Surefire does not pick its
 * name): run once with {@code ./mvnw test -Dtest=PreOrganisationsFixtureWriter}, at the commit that records the
 * fixture, and removed in the next one.
 */
@SharedApplicationTest
class PreOrganisationsFixtureWriter {

    static final Path FIXTURE = Path.of("src/test/resources/migration/pre-organisations.json.gz");

    @Autowired
    private NominationService nominations;
    @Autowired
    private TaskListService taskList;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private AssertionService assertions;
    @Autowired
    private ManagementService management;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private PartnerService partners;
    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private SentMail sentMail;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private DataSource dataSource;

    @Test
    void write() throws Exception {
        People people = new People(members, users);
        Recognitions recognitions = new Recognitions(people, nominations, taskList, badgeClasses);
        PartnerRequests partnerRequests = new PartnerRequests(partners, sentMail, delivery, endorsements, people);
        List<Map<String, Object>> badges = new ArrayList<>();

        Member laureate = people.fresh("Laureate");
        NominationDetails judged = recognitions.underReview("alice", laureate, "citoyen");
        recognitions.voteAll(judged, APPROVE, APPROVE, APPROVE);
        management.executeJob(management.createJobQuery().activityId(RecognitionContract.ISSUE_BADGE)
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(judged.id().toString()).singleResult().getId())
                .singleResult().getId());
        IssuedBadge throughNomination = people.as(laureate.email(), () -> assertions.heldByCaller()).get(0);
        badges.add(badge(throughNomination, laureate, false));

        Member signedHolder = people.fresh("Signed");
        badges.add(badge(issue(signedHolder, "sentinelle"), signedHolder, false));
        Member revokedHolder = people.fresh("Revoked");
        IssuedBadge revoked = issue(revokedHolder, "solidaire");
        people.as("admin", () -> assertions.revoke(revoked.id(), "Décerné par erreur."));
        badges.add(badge(revoked, revokedHolder, true));

        var partner = partnerRequests.freshPartner("Partenaire historique");
        partnerRequests.ask(partner, EndorsedSubject.badgeClass(badgeClasses.findByKey("citoyen").orElseThrow().id()));
        partnerRequests.endorse(partner);
        partnerRequests.ask(partner, EndorsedSubject.badgeClass(badgeClasses.findByKey("creatif").orElseThrow().id()));

        NominationDetails awaitingJury = recognitions.underReview("alice", people.fresh("Reviewed"), "citoyen");
        NominationDetails awaitingNominee = recognitions.nominate("alice", people.fresh("Waiting"), "citoyen");

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("badges", badges);
        manifest.put("awaitingJury", awaitingJury.id().toString());
        manifest.put("awaitingNominee", awaitingNominee.id().toString());
        manifest.put("partner", partner.id().value().toString());
        Files.createDirectories(FIXTURE.getParent());
        try (OutputStream out = Files.newOutputStream(FIXTURE)) {
            PortableDump.write(dataSource, manifest, out);
        }
    }

    private IssuedBadge issue(Member holder, String badgeKey) {
        return assertions.issue(IssueBadges.to(holder, badgeClasses.findByKey(badgeKey).orElseThrow().id())).badge();
    }

    private static Map<String, Object> badge(IssuedBadge badge, Member holder, boolean revoked) {
        return Map.of("assertion", badge.id().toString(), "email", holder.email(), "revoked", revoked);
    }
}
