package org.accolade.endorsement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.accolade.People;
import org.accolade.SharedApplicationTest;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.MailTemplate;
import org.accolade.mail.internal.MailDelivery;
import org.accolade.mail.internal.SentMail;
import org.accolade.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Endorsement requests are the asking organisation's (ADR 17): ursula's université asks for its badge, and an admin
 * of the collège neither asks for it nor sees, resends or cancels its requests, as if they did not exist.
 */
@SharedApplicationTest
class EndorsementScopeTest {

    private static final String UNIVERSITY = "Université démo";

    @Autowired
    private EndorsementService endorsements;
    @Autowired
    private BadgeClassService badgeClasses;
    @Autowired
    private PartnerService partnerService;
    @Autowired
    private MemberService members;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private SentMail outbox;
    @Autowired
    private MailDelivery delivery;
    @Autowired
    private JdbcClient jdbc;

    private People people;
    private PartnerRequests partners;
    private Member collegeAdmin;

    @BeforeEach
    void setUp() {
        people = new People(members, users);
        partners = new PartnerRequests(partnerService, outbox, delivery, endorsements, people);
        collegeAdmin = people.fresh("Iris", Locale.ENGLISH, Role.MEMBER, Role.ORGANISATION_ADMIN);
    }

    @Test
    void ursulaAsksForHerBadgeAndTheRequestIsHersAlone() {
        PartnerOrganisation partner = partners.freshPartner("Musée");
        EndorsementRequestId request = people.as("ursula",
                () -> endorsements.request(partner.id(), universityBadge()));

        EndorsementRequestSummary hers = people.as("ursula", () -> endorsements.page(null, 0, 200)).stream()
                .filter(summary -> summary.id().equals(request)).findFirst().orElseThrow();
        assertThat(hers.organisationId()).isEqualTo(people.university());
        assertThat(hers.organisationName()).isEqualTo(UNIVERSITY);
        assertThat(people.as("ursula", () -> endorsements.page(null, 0, 200)))
                .allMatch(summary -> summary.organisationId().equals(people.university()));
        assertThat(people.as("admin", () -> endorsements.page(null, 0, 200)))
                .noneMatch(summary -> summary.id().equals(request))
                .allMatch(summary -> summary.organisationId().equals(people.college()));
        assertThat(people.as("ursula", () -> endorsements.count(null)))
                .isEqualTo(people.as("ursula", () -> endorsements.page(null, 0, 200)).size());
    }

    @Test
    void aCollegeAdminCannotListResendOrCancelAUniversityRequest() {
        PartnerOrganisation partner = partners.freshPartner("Archives");
        EndorsementRequestId request = people.as("ursula",
                () -> endorsements.request(partner.id(), universityBadge()));

        assertThat(people.as(collegeAdmin.email(), () -> endorsements.page(EndorsementStatus.PENDING, 0, 200)))
                .noneMatch(summary -> summary.id().equals(request));
        asCollegeAdmin(() -> endorsements.resend(request), "endorsement.request.unknown");
        asCollegeAdmin(() -> endorsements.cancel(request), "endorsement.request.unknown");
        assertThat(partners.statusOf(request, "ursula")).isEqualTo(EndorsementStatus.PENDING);
    }

    @Test
    void aCollegeAdminCannotAskAPartnerToEndorseTheUniversityOrItsBadge() {
        PartnerOrganisation partner = partners.freshPartner("Fondation");

        asCollegeAdmin(() -> endorsements.request(partner.id(), universityBadge()), "badge-class.unknown");
        asCollegeAdmin(() -> endorsements.request(partner.id(), EndorsedSubject.issuer(people.university())),
                "issuer.unknown");
        asCollegeAdmin(() -> endorsements.request(partner.id(),
                EndorsedSubject.badgeClass(new BadgeClassId(UUID.randomUUID()))),
                "badge-class.unknown");
        assertThat(partners.mailsTo(partner)).isEmpty();
    }

    @Test
    void thePartnerIsToldWhichOrganisationAsksAndItsAdminsSeeTheMail() {
        PartnerOrganisation partner = partners.freshPartner("Bibliothèque");
        people.as("ursula", () -> endorsements.request(partner.id(), universityBadge()));
        String token = partners.latestToken(partner, MailTemplate.ENDORSEMENT_REQUESTED);

        assertThat(endorsements.describe(token).organisation()).isEqualTo(UNIVERSITY);
        assertThat(partners.mailsTo(partner).get(0).body()).containsAnyOf("The request is sent by " + UNIVERSITY,
                "La demande vous est adressée par " + UNIVERSITY);
        assertThat(jdbc.sql("select organisation_id from mail_message where recipient = :partner")
                .param("partner", partner.email()).query(UUID.class).list())
                .containsOnly(people.university().value());
    }

    private EndorsedSubject universityBadge() {
        return EndorsedSubject.badgeClass(badgeClasses.findByKey("engagement-etudiant").orElseThrow().id());
    }

    private void asCollegeAdmin(Runnable action, String code) {
        Consumer<DomainException> unknown = refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
            assertThat(refusal.code()).isEqualTo(code);
        };
        assertThatThrownBy(() -> people.as(collegeAdmin.email(), action))
                .isInstanceOfSatisfying(DomainException.class, unknown);
    }
}
