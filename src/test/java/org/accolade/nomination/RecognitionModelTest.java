package org.accolade.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.accolade.nomination.internal.RecognitionContract;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads {@code bpmn/recognition.bpmn} with Camunda's model API: structure, names and diagram, no engine. */
class RecognitionModelTest {

    /** STYLE.md: element ids read as sentences, their kind first. */
    private static final Map<Class<? extends FlowElement>, String> ID_PREFIXES = Map.of(Task.class, "Task_",
            CallActivity.class, "Activity_", Event.class, "Event_", Gateway.class, "Gateway_",
            SequenceFlow.class, "Flow_");
    private static final String SENTENCE = "([A-Z][a-z]+)+";

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
        Process process = model.getModelElementById(RecognitionContract.PROCESS_KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isEqualTo("Recognition");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P365D");
    }

    /**
     * No {@code UserTask_1}: every step, event, gateway and flow is named by its kind and a sentence. The ids that code
     * and tests use are RecognitionContract's, which RecognitionContractTest holds against the deployed model.
     */
    @Test
    void everyElementIdIsItsKindAndASentence() {
        assertThat(model.getModelElementsByType(FlowElement.class)).isNotEmpty().allSatisfy(element -> {
            String prefix = ID_PREFIXES.entrySet().stream().filter(kind -> kind.getKey().isInstance(element))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new AssertionError(element.getId()));
            assertThat(element.getId()).matches(prefix + SENTENCE);
        });
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
