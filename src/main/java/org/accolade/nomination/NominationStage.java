package org.accolade.nomination;

/** Where a nomination stands in the lifecycle (DESIGN section 2). */
public enum NominationStage {
    ACCEPTANCE, EVIDENCE, REVIEW, ENDORSEMENT, ISSUANCE, CLOSED
}
