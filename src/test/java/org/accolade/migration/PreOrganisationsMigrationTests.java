package org.accolade.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.Role;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.nomination.internal.RecognitionContract;
import org.accolade.verification.VerificationReport;
import org.accolade.verification.VerificationRequest;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationRequest.Url;
import org.accolade.verification.VerificationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * The application started on the database of the last main before organisations (ADR 17): the upgrade keeps every
 * badge verifiable at the addresses it was issued with, its issuer's documents served, and the nominations that were
 * under way where they were. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PreOrganisationsMigrationTests {

    @Autowired
    private VerificationService verifier;
    @Autowired
    private OpenBadgesUrls urls;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IssuerService issuers;
    @Autowired
    private MemberService members;

    @Test
    void everyBadgeVerifiesFromItsBakedImageAndItsCredentialAndARevokedOneStaysRevoked() {
        for (Map<String, Object> badge : PreOrganisationsFixture.badges()) {
            AssertionId id = new AssertionId(UUID.fromString((String) badge.get("assertion")));
            boolean revoked = (Boolean) badge.get("revoked");
            byte[] png = served(urls.bakedImage(id, "png"), byte[].class);
            for (VerificationRequest.Source source : List.of(new UploadedFile(png, "badge.png", "image/png"),
                    new Url(urls.credential(id)))) {
                VerificationReport report = verifier.verify(new VerificationRequest(source,
                        (String) badge.get("email"), Locale.ENGLISH));
                assertThat(report.verified()).as(id + ": " + report).isEqualTo(!revoked);
                assertThat(report.revoked()).as(id + ": " + report).isEqualTo(revoked);
                assertThat(report.recipientMatches()).as(id + ": " + report).isNotEqualTo(Boolean.FALSE);
            }
        }
    }

    @Test
    void theBadgesAndTheirIssuersDocumentsAreServedAtTheirOldAddresses() {
        for (Map<String, Object> badge : PreOrganisationsFixture.badges()) {
            AssertionId id = new AssertionId(UUID.fromString((String) badge.get("assertion")));
            if ((Boolean) badge.get("revoked")) {
                assertThat(http.getForEntity(path(urls.assertion(id)), String.class).getStatusCode())
                        .isEqualTo(HttpStatus.GONE);
                continue;
            }
            String badgeClass = JsonPath.read(served(urls.assertion(id), String.class), "$.badge");
            String issuer = JsonPath.read(served(badgeClass, String.class), "$.issuer");
            for (String address : List.of(urls.credential(id), urls.page(id), issuer, issuer + "/revocations")) {
                assertThat(served(address, String.class)).as(address).isNotBlank();
            }
        }
    }

    /** What this server answers at one of its public addresses, which must be a 200. */
    private <T> T served(String address, Class<T> type) {
        ResponseEntity<T> response = http.getForEntity(path(address), type);
        assertThat(response.getStatusCode()).as(address).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    @Test
    void theNominationsUnderWayWaitWhereTheyWereAsTasksOfTheFirstOrganisation() {
        String organisation = theOrganisation().id().toString();
        assertThat(taskOf(PreOrganisationsFixture.noted("awaitingJury"))).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(RecognitionContract.REVIEW_NOMINATION);
            assertThat(task.getTenantId()).isEqualTo(organisation);
        });
        assertThat(taskOf(PreOrganisationsFixture.noted("awaitingNominee"))).isNotEmpty().allSatisfy(task -> {
            assertThat(task.getTaskDefinitionKey()).isEqualTo(RecognitionContract.ACCEPT_NOMINATION);
            assertThat(task.getTenantId()).isEqualTo(organisation);
        });
    }

    @Test
    void theIssuerBecameTheFirstOrganisationWithItsAdminsJurorsAndMembers() {
        Issuer organisation = theOrganisation();
        assertThat(organisation.key()).startsWith("org-");
        Member admin = members.findByEmail("admin@example.org").orElseThrow();
        assertThat(members.memberships(admin.id())).contains(Membership.admin(organisation.id()),
                Membership.member(organisation.id()));
        assertThat(admin.roles()).contains(Role.ORGANISATION_ADMIN, Role.SYSTEM_ADMIN);
        Member juror = members.findByEmail("claire@example.org").orElseThrow();
        assertThat(members.memberships(juror.id())).containsExactlyInAnyOrder(Membership.juror(organisation.id()),
                Membership.member(organisation.id()));
        assertThat(juror.roles()).doesNotContain(Role.ORGANISATION_ADMIN);
    }

    private Issuer theOrganisation() {
        assertThat(issuers.all()).hasSize(1);
        return issuers.all().get(0);
    }

    private String path(String address) {
        return address.substring(urls.base().length());
    }

    private List<Task> taskOf(String nomination) {
        return tasks.createTaskQuery().processInstanceBusinessKey(nomination).list();
    }
}
