package org.accolade.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evaluates {@code bpmn/jury-outcome.dmn} with the standalone DMN engine, one vote count at a time. */
class JuryOutcomeDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheDecisionTable() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", "jury-outcome.dmn"))) {
            decision = engine.parseDecision("jury-outcome", dmn);
        }
    }

    private static String outcome(int approvals, int revisions, int rejections, int quorum) {
        var votes = Variables.createVariables()
                .putValue("approvals", approvals)
                .putValue("revisions", revisions)
                .putValue("rejections", rejections)
                .putValue("quorum", quorum);
        return engine.evaluateDecisionTable(decision, votes).getSingleEntry();
    }

    @Test
    void aMajorityOfRejectionsRejects() {
        assertThat(outcome(1, 0, 2, 3)).isEqualTo("reject");
    }

    @Test
    void aMajorityOfRejectionsRejectsEvenWhenOthersAskedForRevision() {
        assertThat(outcome(0, 2, 3, 3)).isEqualTo("reject");
    }

    @Test
    void aUnanimousApprovalByTheQuorumApproves() {
        assertThat(outcome(3, 0, 0, 3)).isEqualTo("approve");
    }

    @Test
    void aUnanimousApprovalByMoreThanTheQuorumApproves() {
        assertThat(outcome(4, 0, 0, 3)).isEqualTo("approve");
    }

    @Test
    void oneRequestForRevisionAsksForARevisionDespiteTwoApprovals() {
        assertThat(outcome(2, 1, 0, 3)).isEqualTo("revise");
    }

    @Test
    void aSplitJuryWithoutAMajorityAsksForARevision() {
        assertThat(outcome(1, 1, 1, 3)).isEqualTo("revise");
    }

    @Test
    void halfTheVotesRejectingIsNoMajorityAndAsksForARevision() {
        assertThat(outcome(2, 0, 2, 3)).isEqualTo("revise");
    }

    @Test
    void aUnanimousApprovalBelowTheQuorumAsksForARevision() {
        assertThat(outcome(2, 0, 0, 3)).isEqualTo("revise");
    }

    @Test
    void aRoundWithoutVotesAsksForARevision() {
        assertThat(outcome(0, 0, 0, 1)).isEqualTo("revise");
    }

    @Test
    void aPanelThatApprovesApproves() {
        assertThat(outcome(1, 0, 0, 1)).isEqualTo("approve");
    }

    @Test
    void aPanelThatAsksForARevisionAsksForARevision() {
        assertThat(outcome(0, 1, 0, 1)).isEqualTo("revise");
    }

    @Test
    void aPanelThatRejectsRejects() {
        assertThat(outcome(0, 0, 1, 1)).isEqualTo("reject");
    }
}
