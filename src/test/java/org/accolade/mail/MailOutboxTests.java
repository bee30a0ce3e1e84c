package org.accolade.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.accolade.community.Membership;

import org.accolade.mail.internal.MailDispatcher;
import org.accolade.mail.internal.MailMessageRepository;
import org.accolade.mail.internal.PendingMail;
import org.accolade.mail.internal.SentMail;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The local default: no {@code spring.mail.host}, so the outbox is where messages end up. */
@MailIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:mail-outbox-test;DB_CLOSE_DELAY=-1")
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;
    @Autowired
    SentMail sentMail;
    @Autowired
    MailMessageRepository repository;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** Every message of a test is newer than those of the tests before it. */
    @BeforeEach
    void moveOn() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void withoutAMailServerThereIsNoDispatcherAndMessagesStayQueued() {
        UUID id = queueApproval("local@example.org");
        clock.advance(Duration.ofDays(1));

        assertThat(context.getBeansOfType(MailDispatcher.class)).isEmpty();
        assertThat(sentMail.to("local@example.org")).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(id);
            assertThat(message.status()).isEqualTo("QUEUED");
            assertThat(message.attempts()).isZero();
            assertThat(message.sentAt()).isNull();
        });
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackIsNeverStored() {
        transaction.executeWithoutResult(status -> {
            queueApproval("rolled-back@example.org");
            status.setRollbackOnly();
        });

        assertThat(sentMail.to("rolled-back@example.org")).isEmpty();
    }

    @Test
    void aMessageWhoseModelLacksAKeyIsRefusedAndNotStored() {
        Map<String, Object> model = TemplateModels.full(MailTemplate.OUTCOME_APPROVED);
        model.remove("nomineeName");

        assertThatIllegalArgumentException().isThrownBy(() -> outbox.queue(
                new Mail("incomplete@example.org", Locale.FRENCH, MailTemplate.OUTCOME_APPROVED, model)))
                .withMessageContaining("nomineeName");
        assertThat(sentMail.to("incomplete@example.org")).isEmpty();
    }

    @Test
    void aRecipientThatIsNotAnEmailAddressIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> queueApproval("ada at example dot org"))
                .withMessageContaining("Not an email address");
    }

    @Test
    void messagesToAnAddressAreFoundNewestFirstWhateverItsCase() {
        UUID first = queueApproval("Ada@Example.org");
        clock.advance(Duration.ofMinutes(1));
        UUID second = queueApproval("ada@example.org");

        assertThat(sentMail.to("ADA@example.org")).extracting(OutboxMessage::id).containsExactly(second, first);
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void onlyIssuerAdminsListTheOutbox() {
        queueApproval("private@example.org");

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> outbox.list(null, 0, 10));
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void theOutboxIsListedNewestFirstPageByPageAndByStatus() {
        UUID older = queueApproval("older@example.org");
        clock.advance(Duration.ofMinutes(1));
        UUID newer = queueApproval("newer@example.org");
        claim(older);

        assertThat(outbox.list(null, 0, 1)).extracting(OutboxMessage::id).containsExactly(newer);
        assertThat(outbox.list("", 1, 1)).extracting(OutboxMessage::id).containsExactly(older);
        assertThat(outbox.list("sending", 0, 50)).extracting(OutboxMessage::id).containsExactly(older);
        assertThat(outbox.list("QUEUED", 0, 1)).extracting(OutboxMessage::id).containsExactly(newer);
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.list("LOST", 0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.list(null, 0, 0));
    }

    @Test
    void aMessageIsClaimedByOneDispatcherOnly() {
        UUID id = queueApproval("claimed-once@example.org");
        PendingMail seenByBothNodes = due(id);

        assertThat(repository.claim(seenByBothNodes, clock.instant().plus(Duration.ofMinutes(10)))).isPresent();
        assertThat(repository.claim(seenByBothNodes, clock.instant().plus(Duration.ofMinutes(10)))).isEmpty();
    }

    @Test
    void theOutboxShowsEachMessagesLinksAndLanguage() {
        outbox.queue(new Mail("invited@example.org", Locale.GERMAN, MailTemplate.INVITATION,
                TemplateModels.full(MailTemplate.INVITATION)));

        assertThat(sentMail.to("invited@example.org")).singleElement().satisfies(message -> {
            assertThat(message.links()).containsExactly("https://accolade.example/invitations/abc123");
            assertThat(message.language()).isEqualTo("en");
            assertThat(message.template()).isEqualTo("INVITATION");
            assertThat(message.subject())
                    .isEqualTo("Charles Babbage has nominated you for the “Analytical Thinking” badge");
        });
    }

    @Test
    @WithMockUser(roles = "SYSTEM_ADMIN")
    void adminsReadTheOutboxAsJson() throws Exception {
        UUID id = queueApproval("json@example.org");

        mvc.perform(get("/api/v1/admin/outbox").param("status", "QUEUED").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(id.toString()))
                .andExpect(jsonPath("$[0].recipient").value("json@example.org"))
                .andExpect(jsonPath("$[0].status").value("QUEUED"))
                .andExpect(jsonPath("$[0].createdAt").value(clock.instant().toString()))
                .andExpect(jsonPath("$[0].links").isArray());
    }

    @Test
    @WithMockUser(roles = "ORGANISATION_ADMIN")
    void anUnknownStatusIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/admin/outbox").param("status", "LOST"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("LOST")));
    }

    @Test
    void anOrganisationAdminReadsTheirOrganisationsMailTheOperatorThePlatformsAndOneWhoIsBothReadsBoth() {
        OrganisationId college = organisation("college");
        UUID ours = outbox.queue(approval("ours@example.org").about(college));
        UUID theirs = outbox.queue(approval("theirs@example.org").about(organisation("universite")));
        UUID platforms = queueApproval("platform@example.org");
        String collegeAdmin = Membership.admin(college).authority();

        assertThat(listedBy("ROLE_ORGANISATION_ADMIN", collegeAdmin)).contains(ours).doesNotContain(theirs,
                platforms);
        assertThat(listedBy("ROLE_SYSTEM_ADMIN")).contains(platforms).doesNotContain(ours, theirs);
        assertThat(listedBy("ROLE_SYSTEM_ADMIN", "ROLE_ORGANISATION_ADMIN", collegeAdmin)).contains(ours, platforms)
                .doesNotContain(theirs);
        assertThatExceptionOfType(DomainException.class).isThrownBy(() -> as(() -> outbox.resend(theirs),
                "ROLE_ORGANISATION_ADMIN", collegeAdmin)).satisfies(refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(refused.code()).isEqualTo("outbox.unknown");
                });
    }

    private List<UUID> listedBy(String... authorities) {
        return as(() -> outbox.list(null, 0, 200).stream().map(OutboxMessage::id).toList(), authorities);
    }

    private static <T> T as(Supplier<T> action, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("someone", null,
                AuthorityUtils.createAuthorityList(authorities)));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private OrganisationId organisation(String key) {
        return new OrganisationId(jdbc.sql("select id from issuer where slug = :key").param("key", key)
                .query(UUID.class).single());
    }

    private UUID queueApproval(String recipient) {
        return outbox.queue(approval(recipient));
    }

    private static Mail approval(String recipient) {
        return new Mail(recipient, Locale.FRENCH, MailTemplate.OUTCOME_APPROVED,
                TemplateModels.full(MailTemplate.OUTCOME_APPROVED));
    }

    private PendingMail due(UUID id) {
        return repository.findDue(clock.instant(), 1000).stream().filter(mail -> mail.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private void claim(UUID id) {
        assertThat(repository.claim(due(id), clock.instant().plus(Duration.ofMinutes(10)))).isPresent();
    }
}
