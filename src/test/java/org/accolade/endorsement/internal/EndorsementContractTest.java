package org.accolade.endorsement.internal;

import org.accolade.DeployedContract;
import org.accolade.SharedApplicationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link EndorsementContract} names what the deployed {@code endorsement.bpmn} has, and nothing else. */
@SharedApplicationTest
class EndorsementContractTest {

    @Autowired
    RepositoryService repository;

    private DeployedContract deployed;

    @BeforeEach
    void readDeployedModel() {
        deployed = new DeployedContract(repository, EndorsementContract.PROCESS_KEY);
    }

    @Test
    void elementIdsAndMessagesAreTheModels() {
        deployed.assertElementsAndMessages(EndorsementContract.class);
    }

    @Test
    void variablesAreTheModels() {
        deployed.assertVariables(EndorsementContract.Start.class);
        deployed.assertVariables(EndorsementContract.Written.class);
    }
}
