package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.jayway.jsonpath.JsonPath;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.accolade.People;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.endorsement.EndorsementService;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.mail.internal.MailDispatcher;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.MailRetention;
import org.accolade.mail.internal.SentMail;
import org.accolade.nomination.NominationKind;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.SubmitNomination;
import org.accolade.nomination.internal.RecognitionContract;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 10: tokens never readable from the outbox, sending again, retention, operators' alerts, and the drill: the
 * mail server goes down while mail of every kind is queued, then comes back. Mail is delivered to a real SMTP server
 * (GreenMail) on a fixed port, so that it can be stopped and started again under the running application.
 */
@MailIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:mail-hardening;DB_CLOSE_DELAY=-1",
        "accolade.operator-email=" + MailHardeningTests.OPERATORS})
class MailHardeningTests {

    static final String OPERATORS = "operators@example.org";
    private static final Pattern INVITATION_LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final Pattern ENDORSEMENT_LINK = Pattern.compile("/endorse/([A-Za-z0-9_-]{43})");
    private static final String ACCOUNT = """
            {"name": "Nina Nouvelle", "password": "a-long-password", "language": "fr"}""";

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail greenMail;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailRetention retention;
    @Autowired
    MailMessageRepository repository;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc http;
    @Autowired
    InvitationService invitations;
    @Autowired
    MemberService members;
    @Autowired
    UserDetailsService users;
    @Autowired
    NominationService nominations;
    @Autowired
    BadgeClassService badgeClasses;
    @Autowired
    PartnerService partners;
    @Autowired
    EndorsementService endorsements;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private People people;

    @BeforeEach
    void mailServerUp() {
        people = new People(members, users);
        if (greenMail == null) {
            startMailServer();
        }
    }

    @AfterAll
    static void mailServerDown() {
        stopMailServer();
    }

    @Test
    void neitherTheApiNorTheStoredBodyHoldsAUsableTokenYetTheDeliveredMailHasAWorkingLink() throws Exception {
        String address = invite(Set.of(Role.MEMBER));
        UUID id = sentMail.to(address).get(0).id();

        http.perform(get("/api/v1/admin/outbox").param("size", "200").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].links[0]", id)
                        .value("http://localhost:8080/invite/" + MailMessageRepository.MASK));
        assertThat(repository.find(id).orElseThrow().body()).doesNotContainPattern(INVITATION_LINK);

        dispatcher.dispatchDue();
        String token = tokenIn(onlyMailTo(address), INVITATION_LINK);
        http.perform(post("/api/v1/invitations/{token}", token).contentType(MediaType.APPLICATION_JSON)
                .content(ACCOUNT)).andExpect(status().isCreated());
        assertThat(sentMail.to(address).get(0).body()).doesNotContain(token);
    }

    @Test
    void sendingAnInvitationAgainKillsTheOldLinkAndDeliversANewOne() throws Exception {
        String address = invite(Set.of(Role.MEMBER));
        dispatcher.dispatchDue();
        String oldToken = tokenIn(onlyMailTo(address), INVITATION_LINK);
        UUID sent = sentMail.to(address).get(0).id();

        http.perform(post("/api/v1/admin/outbox/{id}/resend", sent).with(user("m").roles("MEMBER")).with(csrf()))
                .andExpect(status().isForbidden());
        String copy = JsonPath.read(http.perform(post("/api/v1/admin/outbox/{id}/resend", sent).with(admin()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.id");

        http.perform(get("/api/v1/invitations/{token}", oldToken)).andExpect(status().isNotFound());
        assertThat(copy).isNotEqualTo(sent.toString());
        http.perform(post("/api/v1/admin/outbox/{id}/resend", copy).with(admin())
                        .header("Accept-Language", "fr"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(
                        "Ce message n’est pas encore parti : il sera envoyé, il n’y a rien à renvoyer."));
        dispatcher.dispatchDue();
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(address);
        assertThat(received).hasSize(2);
        String newToken = tokenIn(received[1], INVITATION_LINK);
        assertThat(newToken).isNotEqualTo(oldToken);
        http.perform(get("/api/v1/invitations/{token}", newToken)).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(address));
    }

    @Test
    void aNominationsInvitationLinkMakesAPlainMemberEvenWhenAnAdminGrantedRolesInAnotherInvitation()
            throws Exception {
        String address = invite(Set.of(Role.MEMBER), Membership.admin(people.college()));
        assertThat(members.findByEmail(address).orElseThrow().roles()).as("until the invitation is accepted")
                .containsExactly(Role.MEMBER);
        people.as("alice", () -> nominations.submit(new SubmitNomination(
                badgeClasses.findByKey("citoyen").orElseThrow().id().toString(), address, null,
                "Ran the school's repair café every week.", NominationKind.NOMINATION)));
        dispatcher.dispatchDue();
        MimeMessage nominationInvitation = Arrays.stream(greenMail.getReceivedMessagesForDomain(address))
                .filter(mail -> subjectOf(mail).contains("pensé à vous"))
                .findFirst().orElseThrow();
        MimeMessage adminInvitation = Arrays.stream(greenMail.getReceivedMessagesForDomain(address))
                .filter(mail -> subjectOf(mail).contains("vous invite")).findFirst().orElseThrow();

        http.perform(get("/api/v1/invitations/{token}", tokenIn(adminInvitation, INVITATION_LINK)))
                .andExpect(jsonPath("$.invitedBy").value("Admin Démo"))
                .andExpect(jsonPath("$.membership.role").value("ADMIN"));
        http.perform(get("/api/v1/invitations/{token}", tokenIn(nominationInvitation, INVITATION_LINK)))
                .andExpect(jsonPath("$.roles[0]").value("MEMBER")).andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.membership.role").value("MEMBER"));
        http.perform(post("/api/v1/invitations/{token}", tokenIn(nominationInvitation, INVITATION_LINK))
                .contentType(MediaType.APPLICATION_JSON).content(ACCOUNT)).andExpect(status().isCreated());

        Member joined = members.findByEmail(address).orElseThrow();
        assertThat(joined.roles()).containsExactly(Role.MEMBER);
        assertThat(members.memberships(joined.id())).containsExactly(Membership.member(people.college()));
        http.perform(post("/api/v1/invitations/{token}", tokenIn(adminInvitation, INVITATION_LINK))
                .contentType(MediaType.APPLICATION_JSON).content(ACCOUNT)).andExpect(status().isConflict());
        assertThat(members.findByEmail(address).orElseThrow().roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void theRolesGrantedWithAnInvitationAreGivenWhenThatInvitationIsAccepted() throws Exception {
        String address = invite(Set.of(Role.MEMBER), Membership.admin(people.college()));
        dispatcher.dispatchDue();

        http.perform(post("/api/v1/invitations/{token}", tokenIn(onlyMailTo(address), INVITATION_LINK))
                .contentType(MediaType.APPLICATION_JSON).content(ACCOUNT)).andExpect(status().isCreated());

        Member admin = members.findByEmail(address).orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ORGANISATION_ADMIN);
        assertThat(members.memberships(admin.id())).containsExactly(Membership.admin(people.college()));
    }

    @Test
    void deliveredBodiesArePurgedAfterTheRetentionPeriodAndTheRowStays() throws Exception {
        String address = invite(Set.of(Role.MEMBER));
        dispatcher.dispatchDue();

        clock.advance(Duration.ofDays(29));
        retention.purgeDeliveredBodies();
        assertThat(sentMail.to(address).get(0).body()).isNotNull();

        clock.advance(Duration.ofDays(1));
        retention.purgeDeliveredBodies();
        OutboxMessage purged = sentMail.to(address).get(0);
        assertThat(purged.body()).isNull();
        assertThat(purged.links()).isEmpty();
        assertThat(purged.recipient()).isEqualTo(address);
        assertThat(purged.template()).isEqualTo("MEMBER_INVITATION");
        assertThat(purged.status()).isEqualTo("SENT");
        assertThat(purged.sentAt()).isNotNull();
        http.perform(post("/api/v1/admin/outbox/{id}/resend", purged.id()).with(admin()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("outbox.resend.purged"));
    }

    @Test
    void anIssuanceThatFailsUntilItsRetriesRunOutAlertsTheOperatorsOnce() throws Exception {
        // A nomination the issuance cannot find: the real delegate fails on every try.
        String nomination = UUID.randomUUID().toString();
        String process = runtime.createProcessInstanceByKey(RecognitionContract.PROCESS_KEY).businessKey(nomination)
                .startBeforeActivity(RecognitionContract.ISSUE_BADGE).execute().getId();
        int alertsBefore = mailsTo(OPERATORS, MailTemplate.ISSUANCE_INCIDENT).size();

        Job job = management.createJobQuery().processInstanceId(process).singleResult();
        while (job.getRetries() > 0) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the job failed, as intended: Camunda counts the retry down
            }
            job = management.createJobQuery().processInstanceId(process).singleResult();
        }

        assertThat(runtime.createIncidentQuery().processInstanceId(process).count()).isEqualTo(1);
        List<OutboxMessage> alerts = mailsTo(OPERATORS, MailTemplate.ISSUANCE_INCIDENT);
        assertThat(alerts).hasSize(alertsBefore + 1);
        dispatcher.dispatchDue();
        MimeMessage alert = Arrays.stream(greenMail.getReceivedMessagesForDomain(OPERATORS))
                .filter(mail -> bodyOf(mail).contains(process)).collect(onlyOne());
        assertThat(bodyOf(alert)).contains(process, nomination, "/camunda/app/cockpit/");
        assertThat(subjectOf(alert)).startsWith("Accolade : un badge n’a pas pu être délivré");
    }

    @Test
    void drillTheMailServerIsDownWhileMailOfEveryKindIsQueuedThenEveryMessageIsDeliveredOnce() throws Exception {
        stopMailServer();
        String invited = invite(Set.of(Role.MEMBER));
        Member nominee = people.fresh("Drill");
        people.as("alice", () -> nominations.submit(new SubmitNomination(
                badgeClasses.findByKey("citoyen").orElseThrow().id().toString(), nominee.email(), null,
                "Kept the school garden alive all summer.", NominationKind.NOMINATION)));
        PartnerOrganisation partner = freshPartner();
        people.as("admin", () -> endorsements.request(partner.id(),
                EndorsedSubject.badgeClass(badgeClasses.findByKey("citoyen").orElseThrow().id())));
        String plain = "plain-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        outbox.queue(new Mail(plain, Locale.FRENCH, MailTemplate.OUTCOME_APPROVED,
                TemplateModels.full(MailTemplate.OUTCOME_APPROVED)));
        List<String> recipients = List.of(invited, nominee.email(), partner.email(), plain);

        for (int tick = 0; tick < 12; tick++) {
            dispatcher.dispatchDue();
            clock.advance(Duration.ofMinutes(15));
        }
        assertThat(recipients).allSatisfy(recipient -> assertThat(sentMail.to(recipient))
                .isNotEmpty().allSatisfy(mail -> assertThat(mail.status()).isEqualTo("QUEUED")));
        assertThat(mailsTo(OPERATORS, MailTemplate.MAIL_STALLED)).as("one alert for the outage").hasSize(1);

        startMailServer();
        clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        for (String recipient : recipients) {
            List<OutboxMessage> queued = sentMail.to(recipient);
            assertThat(queued).allSatisfy(mail -> assertThat(mail.status()).isEqualTo("SENT"));
            assertThat(greenMail.getReceivedMessagesForDomain(recipient)).as("each once, to " + recipient)
                    .hasSameSizeAs(queued);
        }
        assertThat(people.as("admin", () -> outbox.list("FAILED", 0, 200))).isEmpty();
        assertThat(greenMail.getReceivedMessagesForDomain(OPERATORS)).extracting(MailHardeningTests::subjectOf)
                .filteredOn(subject -> subject.contains("ne partent plus")).hasSize(1);
        http.perform(post("/api/v1/invitations/{token}", tokenIn(onlyMailTo(invited), INVITATION_LINK))
                .contentType(MediaType.APPLICATION_JSON).content(ACCOUNT)).andExpect(status().isCreated());
        http.perform(get("/api/v1/endorsements/{token}", tokenIn(onlyMailTo(partner.email()), ENDORSEMENT_LINK)))
                .andExpect(status().isOk());
    }

    /** The operator's call from the outbox screen's session, for the platform's mail: with its CSRF token. */
    /** An admin of the collège, whose outbox holds the invitations into it. */
    private RequestPostProcessor admin() {
        return request -> csrf().postProcessRequest(user("a").authorities(
                new SimpleGrantedAuthority("ROLE_" + Role.ORGANISATION_ADMIN),
                new SimpleGrantedAuthority(Membership.admin(people.college()).authority()))
                .postProcessRequest(request));
    }

    private String invite(Set<Role> roles) {
        return invite(roles, Membership.member(people.college()));
    }

    private String invite(Set<Role> roles, Membership membership) {
        String address = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        people.as("admin", () -> invitations.inviteMember(address, "Nina Nouvelle", Locale.FRENCH, roles,
                membership));
        return address;
    }

    private PartnerOrganisation freshPartner() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return people.as("admin", () -> partners.create(new PartnerForm("Drill partner " + suffix,
                "https://partner.example.org", "partner-" + suffix + "@example.org", "A partner of the drill.")));
    }

    private List<OutboxMessage> mailsTo(String recipient, MailTemplate template) {
        return sentMail.to(recipient).stream().filter(mail -> mail.template().equals(template.name())).toList();
    }

    private static MimeMessage onlyMailTo(String recipient) {
        MimeMessage[] received = greenMail.getReceivedMessagesForDomain(recipient);
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static String tokenIn(MimeMessage mail, Pattern link) {
        Matcher matcher = link.matcher(bodyOf(mail));
        assertThat(matcher.find()).as("a link in " + bodyOf(mail)).isTrue();
        return matcher.group(1);
    }

    private static String bodyOf(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> Collector<T, ?, T> onlyOne() {
        return Collectors.collectingAndThen(Collectors.toList(), list -> {
            assertThat(list).hasSize(1);
            return list.get(0);
        });
    }

    private static void startMailServer() {
        greenMail = new GreenMail(SMTP);
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
    }

    private static void stopMailServer() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
