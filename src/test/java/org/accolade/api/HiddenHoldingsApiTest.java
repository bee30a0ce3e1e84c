package org.accolade.api;

import static org.accolade.Recognitions.NARRATIVE;
import static org.accolade.nomination.internal.RecognitionContract.STOP_NOMINATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.accolade.community.Member;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssueBadges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 10, item 10: nominating someone tells the nominator nothing about the badges that person holds, and a
 * member starts only so many nominations of people without an account a day.
 */
class HiddenHoldingsApiTest extends NominationSafetyApiTests {

    @Autowired
    private AssertionService assertions;

    @Test
    void nominatingSomeoneWhoHoldsTheBadgeAnswersAsForSomeoneWhoDoesNot() {
        ApiClient nina = as(people.fresh("Nina"));
        Member holder = holderOf("citoyen");

        ResponseEntity<JsonNode> forHolder = nominate(nina, holder.email(), "citoyen");
        ResponseEntity<JsonNode> forOther = nominate(nina, people.fresh("Other").email(), "citoyen");

        assertThat(forHolder.getStatusCode().value()).isEqualTo(201);
        assertThat(forOther.getStatusCode().value()).isEqualTo(201);
        assertThat(comparable(forHolder.getBody())).isEqualTo(comparable(forOther.getBody()));
    }

    @Test
    void nominatingSomeoneWhoLacksAPrerequisiteAnswersAsForSomeoneWhoHasIt() {
        ApiClient nina = as(people.fresh("Nina"));

        ResponseEntity<JsonNode> lacking = nominate(nina, people.fresh("Lacking").email(), "eco-citoyen");
        ResponseEntity<JsonNode> holding = nominate(nina, holderOf("citoyen").email(), "eco-citoyen");

        assertThat(lacking.getStatusCode().value()).isEqualTo(201);
        assertThat(holding.getStatusCode().value()).isEqualTo(201);
        assertThat(comparable(lacking.getBody())).isEqualTo(comparable(holding.getBody()));
    }

    @Test
    void theNominationStopsWithoutWhyForTheNominatorWhileAnAdminSeesWhy() {
        ApiClient nina = as(people.fresh("Nina"));
        String nomination = nominated(nina, holderOf("citoyen"), "citoyen");

        executeJob(nomination, STOP_NOMINATION);

        JsonNode seenByNominator = nina.get("/nominations/" + nomination).getBody();
        assertThat(seenByNominator.path("status").asText()).isEqualTo("STOPPED");
        assertThat(seenByNominator.has("stopReason")).isFalse();
        JsonNode seenByAdmin = demo("admin").get("/nominations/" + nomination).getBody();
        assertThat(seenByAdmin.path("stopReason").asText()).isEqualTo("nomination.already-held");
    }

    @Test
    void aMemberAskingForABadgeTheyHoldIsToldSoSinceItIsTheirOwnData() {
        Member holder = holderOf("citoyen");

        ResponseEntity<JsonNode> asked = as(holder).speaking("fr").post("/nominations", Map.of("kind", "REQUEST",
                "badgeClassId", badgeId("citoyen"), "narrative", NARRATIVE));

        refused(asked, 409, "nomination.already-held", "badgeClassId");
        assertThat(asked.getBody().path("detail").asText()).contains("détient déjà");
    }

    @Test
    void aMemberNominatesOnlySoManyPeopleWithoutAnAccountADay() {
        ApiClient nina = as(people.fresh("Nina")).speaking("fr");
        for (int nominee = 1; nominee <= 3; nominee++) {
            assertThat(nominate(nina, stranger(), "citoyen").getStatusCode().value()).isEqualTo(201);
        }

        ResponseEntity<JsonNode> fourth = nominate(nina, stranger(), "citoyen");

        refused(fourth, 429, "nomination.non-member-limit", "nomineeEmail");
        assertThat(fourth.getBody().path("detail").asText()).contains("3 personnes sans compte par jour");
        assertThat(fourth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(String.valueOf(
                Duration.between(clock.instant(), tomorrow()).toSeconds()));
        assertThat(nominate(nina, people.fresh("Member").email(), "citoyen").getStatusCode().value())
                .as("members do not count").isEqualTo(201);

        clock.advance(Duration.between(clock.instant(), tomorrow()));
        assertThat(nominate(nina, stranger(), "citoyen").getStatusCode().value()).isEqualTo(201);
    }

    /** The answer without what differs between any two nominations: ids, the nominee, the instants. */
    private static JsonNode comparable(JsonNode nomination) {
        ObjectNode copy = nomination.deepCopy();
        copy.remove(List.of("id", "nominee", "createdAt", "updatedAt"));
        return copy;
    }

    private Member holderOf(String badgeKey) {
        Member holder = people.fresh("Holder");
        people.as("admin", () -> assertions.issue(IssueBadges.to(holder,
                badgeClasses.findByKey(badgeKey).orElseThrow().id())));
        return holder;
    }

    private static String stranger() {
        return "stranger-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private Instant tomorrow() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
    }
}
