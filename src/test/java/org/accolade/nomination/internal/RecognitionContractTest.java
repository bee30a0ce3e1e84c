package org.accolade.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.accolade.DeployedContract;
import org.accolade.SharedApplicationTest;
import org.accolade.endorsement.internal.EndorsementContract;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link RecognitionContract} names what the deployed {@code recognition.bpmn} has, and nothing else. */
@SharedApplicationTest
class RecognitionContractTest {

    @Autowired
    RepositoryService repository;

    private DeployedContract deployed;

    @BeforeEach
    void readDeployedModel() {
        deployed = new DeployedContract(repository, RecognitionContract.PROCESS_KEY);
    }

    @Test
    void elementIdsAndMessagesAreTheModels() {
        deployed.assertElementsAndMessages(RecognitionContract.class);
    }

    @Test
    void variablesAreTheModels() {
        deployed.assertVariables(RecognitionContract.Start.class);
        deployed.assertVariables(RecognitionContract.Written.class);
    }

    @Test
    void answersAreTheFormsFields() {
        deployed.assertFormAnswers(RecognitionContract.Answers.class);
    }

    /** The call activity hands the endorsement process exactly the variables it is started with. */
    @Test
    void endorsementStageStartsTheEndorsementProcessByItsContract() {
        CallActivity stage = deployed.model().getModelElementById(RecognitionContract.REQUEST_ENDORSEMENTS);

        assertThat(stage.getCalledElement()).isEqualTo(EndorsementContract.PROCESS_KEY);
        assertThat(stage.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                .extracting(CamundaIn::getCamundaTarget)
                .containsExactlyInAnyOrderElementsOf(DeployedContract.constants(EndorsementContract.Start.class));
    }
}
