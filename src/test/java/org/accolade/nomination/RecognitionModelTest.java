package org.accolade.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads {@code bpmn/recognition.bpmn} with Camunda's model API: structure, names and diagram, no engine. */
class RecognitionModelTest {

    private static final List<String> NAMED_IDS = List.of(
            "Event_NominationSubmitted", "Gateway_NominationKind", "Flow_IsNomination", "Flow_IsRequest",
            "Task_AcceptNomination", "Event_AcceptanceExpired", "Task_ExpireUnanswered",
            "Event_NominationExpiredUnanswered", "Gateway_AcceptanceDecision", "Task_RecordDecline",
            "Event_NominationDeclined", "Gateway_EvidenceRound", "Task_SubmitEvidence", "Event_EvidenceReminderDue",
            "Task_RemindNominee", "Event_NomineeReminded", "Event_EvidenceOverdue", "Task_ExpireWithoutEvidence",
            "Event_NominationExpiredWithoutEvidence", "Gateway_ReviewPolicy", "Task_ReviewNomination",
            "Event_ReviewReminderDue", "Task_RemindJurors", "Event_ReviewOverdue", "Task_EscalateReview",
            "Task_RecordPanelDecision", "Event_PanelReminderDue", "Task_RemindPanel", "Event_PanelOverdue",
            "Task_EscalatePanel", "Gateway_ReviewDone", "Task_TallyVotes", "Task_DecideOutcome",
            "Gateway_JuryOutcome", "Task_AllocateAssertion", "Gateway_EndorsersNamed", "Activity_RequestEndorsements",
            "Task_CountEndorsements", "Gateway_EnoughEndorsements", "Task_EndorsementMissing", "Gateway_IssueAnyway",
            "Task_CloseNomination", "Event_NominationClosed", "Gateway_ReadyToIssue", "Task_IssueBadge",
            "Event_BadgeIssued",
            "Gateway_RoundsLeft", "Task_RequestRevision", "Gateway_Rejected", "Task_RejectNomination",
            "Event_NominationRejected", "Gateway_CanGoAhead", "Task_StopNomination", "Event_NominationStopped",
            "Event_ReviewClosedWithVotesInHand", "Event_JurorReplaced", "Task_ReplaceJuror", "Event_VoteReassigned");

    private static BpmnModelInstance model;

    @BeforeAll
    static void readAndValidateTheModel() throws IOException {
        try (InputStream bpmn = Files.newInputStream(Path.of("bpmn", "recognition.bpmn"))) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void theProcessIsExecutableWithAHistoryTimeToLive() {
        Process process = model.getModelElementById("recognition");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isEqualTo("Recognition");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
    }

    @Test
    void everyIdOfTheDesignExists() {
        assertThat(NAMED_IDS).allSatisfy(id -> assertThat((BaseElement) model.getModelElementById(id))
                .as(id).isNotNull());
    }

    @Test
    void everyFlowNodeAndEveryConditionalFlowHasAName() {
        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(node.getName()).as(node.getId()).isNotBlank());
        assertThat(model.getModelElementsByType(SequenceFlow.class))
                .filteredOn(flow -> flow.getConditionExpression() != null)
                .isNotEmpty()
                .allSatisfy(flow -> assertThat(flow.getName()).as(flow.getId()).isNotBlank());
    }

    @Test
    void everyFlowNodeIsDrawnAsAShape() {
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId())
                .collect(Collectors.toSet());
        assertThat(ids(model.getModelElementsByType(FlowNode.class))).isSubsetOf(drawn);
    }

    @Test
    void everyEventAndGatewayHasAPlacedLabel() {
        assertThat(model.getModelElementsByType(BpmnShape.class))
                .filteredOn(shape -> shape.getBpmnElement() instanceof Event
                        || shape.getBpmnElement() instanceof Gateway)
                .isNotEmpty()
                .allSatisfy(shape -> assertThat(shape.getBpmnLabel().getBounds())
                        .as(shape.getBpmnElement().getId()).isNotNull());
    }

    @Test
    void everySequenceFlowIsDrawnAsAnEdgeWithWaypoints() {
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        assertThat(edges).allSatisfy(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
        Set<String> drawn = edges.stream().map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(ids(model.getModelElementsByType(SequenceFlow.class))).isSubsetOf(drawn);
    }

    @Test
    void everyUserTaskOpensTheLatestVersionOfAForm() {
        assertThat(model.getModelElementsByType(UserTask.class))
                .hasSize(5)
                .allSatisfy(task -> {
                    assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
                    assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                });
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }
}
