package org.accolade.api;

import static org.accolade.nomination.internal.RecognitionContract.REVIEW_OVERDUE;
import static org.accolade.nomination.internal.RecognitionContract.REVIEW_REMINDER_DUE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.APPROVE;
import static org.accolade.nomination.internal.RecognitionContract.Answers.REVISE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.accolade.community.Member;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 10, items 4 and 5: after the escalation, an issuer admin who is not part of the nomination unblocks a
 * VOTES review a missing juror holds up; nobody part of it does, nor sees its votes before the outcome.
 */
class StalledReviewApiTest extends NominationSafetyApiTests {

    @Test
    void anIssuerAdminDecidesAnEscalatedReviewWithTheVotesInHand() {
        String nomination = underReview(as(people.fresh("Nina")), people.fresh("Bob"), "citoyen");
        vote(demo("claire"), nomination, APPROVE);
        vote(demo("david"), nomination, APPROVE);
        refused(demo("admin").post(review(nomination) + "/decide", Map.of()), 409,
                "review.not-stalled", null);

        escalate(nomination);
        JsonNode stalled = demo("admin").get(review(nomination)).getBody();
        assertThat(stalled.path("escalated").asBoolean()).isTrue();
        assertThat(stalled.path("votesInHand").asInt()).isEqualTo(2);
        assertThat(stalled.path("missing").findValuesAsText("name")).containsExactly("Emma Moreau");
        ResponseEntity<JsonNode> decided = demo("admin").post(review(nomination) + "/decide",
                Map.of());

        assertThat(decided.getStatusCode().value()).as(String.valueOf(decided.getBody())).isEqualTo(200);
        assertThat(decided.getBody().path("stage").asText()).isEqualTo("ISSUANCE");
        assertThat(demo("emma").get("/tasks").getBody().findValuesAsText("nominationId")).doesNotContain(nomination);
    }

    @Test
    void votesInHandShortOfTheQuorumAreRefusedInTheCallersLanguage() {
        String nomination = underReview(as(people.fresh("Nina")), people.fresh("Bob"), "citoyen");
        vote(demo("claire"), nomination, APPROVE);
        escalate(nomination);

        ResponseEntity<JsonNode> refusal = demo("admin").speaking("fr")
                .post(review(nomination) + "/decide", Map.of());

        refused(refusal, 409, "review.votes-short-of-quorum", null);
        assertThat(refusal.getBody().path("detail").asText()).contains("Seuls 1 des 2 votes");
    }

    @Test
    void anIssuerAdminGivesTheMissingVoteToAnotherJurorOfTheBadge() {
        Member standIn = people.fresh("Stand-in");
        String badge = judgedBadges.judgedBy("claire", "david");
        String nomination = underReview(as(people.fresh("Nina")), people.fresh("Bob"), badge);
        vote(demo("claire"), nomination, APPROVE);
        judgedBadges.addToJury(badge, standIn);
        escalate(nomination);
        String david = demo("admin").get(review(nomination)).getBody().path("missing").get(0)
                .path("id").asText();

        refused(demo("admin").post(review(nomination) + "/replace-juror",
                Map.of("jurorId", david, "replacementId", david)), 400, "review.replacement-not-eligible",
                "replacementId");
        refused(demo("alice").post(review(nomination) + "/replace-juror",
                Map.of("jurorId", david, "replacementId", standIn.id().toString())), 403, null, null);
        ResponseEntity<JsonNode> replaced = demo("admin").post(review(nomination) + "/replace-juror",
                Map.of("jurorId", david, "replacementId", standIn.id().toString()));

        assertThat(replaced.getStatusCode().value()).as(String.valueOf(replaced.getBody())).isEqualTo(200);
        vote(as(standIn), nomination, APPROVE);
        assertThat(demo("admin").get("/nominations/" + nomination).getBody().path("stage").asText())
                .isEqualTo("ISSUANCE");
    }

    @Test
    void anIssuerAdminWhoIsTheNominatorCannotUnblockTheirNominationsReview() {
        String nomination = underReview(demo("admin"), people.fresh("Bob"), "citoyen");
        vote(demo("claire"), nomination, APPROVE);
        vote(demo("david"), nomination, APPROVE);
        escalate(nomination);

        refused(demo("admin").post(review(nomination) + "/decide", Map.of()), 403,
                "nomination.involved", null);
    }

    @Test
    void aNomineeOnTheJurySeesNoVoteWhileVotingIsOpenAndNoJurorsNameAfter() {
        Member bob = people.fresh("Bob");
        String badge = judgedBadges.judgedBy("claire", "david", bob.email());
        String nomination = underReview(as(people.fresh("Nina")), bob, badge);
        vote(demo("claire"), nomination, REVISE);

        assertThat(as(bob).get("/nominations/" + nomination).getBody().path("reviews")).isEmpty();
        assertThat(demo("david").get("/nominations/" + nomination).getBody().path("reviews")
                .findValuesAsText("name")).containsExactly("Claire Petit");

        vote(demo("david"), nomination, APPROVE);
        JsonNode afterTheOutcome = as(bob).get("/nominations/" + nomination).getBody();
        assertThat(afterTheOutcome.path("reviews")).hasSize(2);
        assertThat(afterTheOutcome.path("reviews").findValues("juror")).isEmpty();
    }

    private static String review(String nomination) {
        return "/admin/nominations/" + nomination + "/review";
    }

    private void escalate(String nomination) {
        executeJob(nomination, REVIEW_REMINDER_DUE);
        executeJob(nomination, REVIEW_OVERDUE);
    }
}
