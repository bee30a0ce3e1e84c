package org.accolade.api;

import static org.accolade.nomination.internal.RecognitionContract.ISSUE_BADGE;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_OVERDUE;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_REMINDER_DUE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.accolade.community.Member;
import org.accolade.community.Membership;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 12 over HTTP: a task list filtered by organisation, by its key or its id; each admin's stalled reviews; and
 * another organisation's nominations and badges answering 404 to an admin, exactly as unknown ones do (ADR 17).
 */
class OrganisationScopeApiTest extends NominationSafetyApiTests {

    @Test
    void aPersonInTwoOrganisationsFiltersTheirTasksByAnOrganisationsKeyOrId() {
        Member twin = people.freshIn("Twin", Membership.member(people.college()),
                Membership.member(people.university()));
        String citoyen = nominated(as(people.fresh("Nina")), twin, "citoyen");
        String tutorat = nominated(demo("bob"), twin, "tutorat");
        ApiClient client = as(twin);

        assertThat(nominationsOf(client.get("/tasks"))).containsExactlyInAnyOrder(citoyen, tutorat);
        ResponseEntity<JsonNode> university = client.get("/tasks?organisation=universite");
        assertThat(nominationsOf(university)).containsExactly(tutorat);
        assertThat(university.getBody().get(0).path("organisationId").asText())
                .isEqualTo(people.university().toString());
        assertThat(nominationsOf(client.get("/tasks?organisation=" + people.college()))).containsExactly(citoyen);
    }

    @Test
    void anUnknownOrganisationInTheTaskFilterIsABadRequestNamingIt() {
        ResponseEntity<JsonNode> refused = demo("alice").get("/tasks?organisation=nowhere");

        JsonNode problem = ApiClient.problem(refused, 400);
        assertThat(problem.path("code").asText()).isEqualTo("task.organisation.unknown");
        assertThat(problem.path("field").asText()).isEqualTo("organisation");
        assertThat(problem.path("detail").asText()).contains("nowhere");
    }

    @Test
    void anotherOrganisationsBadgeAndNominationAnswerTheirAdminsAsUnknownOnesDo() {
        Member student = people.freshIn("Student", Membership.member(people.university()));
        String tutorat = underReview(demo("bob"), student, "tutorat");
        vote(demo("victor"), tutorat, APPROVE);
        vote(demo("wendy"), tutorat, APPROVE);
        executeJob(tutorat, ISSUE_BADGE);
        String badge = demo("ursula").get("/nominations/" + tutorat).getBody().path("assertionId").asText();
        ApiClient admin = demo("admin");

        JsonNode revoking = ApiClient.problem(admin.post("/assertions/" + badge + "/revoke",
                Map.of("reason", "Not ours.")), 404);
        JsonNode revokingNone = ApiClient.problem(admin.post("/assertions/" + UUID.randomUUID() + "/revoke",
                Map.of("reason", "Not ours.")), 404);
        assertThat(revoking.path("code").asText()).isEqualTo(revokingNone.path("code").asText())
                .isEqualTo("assertion.unknown");
        JsonNode reviewing = ApiClient.problem(admin.get("/admin/nominations/" + tutorat + "/review"), 404);
        assertThat(reviewing.path("code").asText()).isEqualTo("nomination.unknown");
        assertThat(demo("ursula").get("/admin/nominations/" + tutorat + "/review").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void eachAdminListsTheStalledReviewsOfTheirOwnOrganisationOnly() {
        Member student = people.freshIn("Stalled", Membership.member(people.university()));
        String tutorat = underReview(demo("bob"), student, "tutorat");
        vote(demo("victor"), tutorat, APPROVE);
        executeJob(tutorat, REVIEW_REMINDER_DUE);
        executeJob(tutorat, REVIEW_OVERDUE);

        JsonNode ursulas = demo("ursula").get("/admin/nominations/stalled").getBody();
        assertThat(ursulas.findValuesAsText("id")).contains(tutorat);
        assertThat(ursulas.findValuesAsText("organisationId")).containsOnly(people.university().toString());
        assertThat(demo("admin").get("/admin/nominations/stalled").getBody().findValuesAsText("id"))
                .doesNotContain(tutorat);
    }

    private static List<String> nominationsOf(ResponseEntity<JsonNode> tasks) {
        assertThat(tasks.getStatusCode().value()).as(String.valueOf(tasks.getBody())).isEqualTo(200);
        return StreamSupport.stream(tasks.getBody().spliterator(), false)
                .map(task -> task.path("nominationId").asText()).toList();
    }
}
