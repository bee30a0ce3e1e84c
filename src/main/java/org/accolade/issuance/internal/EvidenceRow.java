package org.accolade.issuance.internal;

import org.accolade.issuance.AssertionEvidence;
import org.springframework.data.relational.core.mapping.Table;

@Table("assertion_evidence")
record EvidenceRow(String name, String url, String description) {

    static EvidenceRow of(AssertionEvidence evidence) {
        return new EvidenceRow(evidence.name(), evidence.url(), evidence.description());
    }

    AssertionEvidence toEvidence() {
        return new AssertionEvidence(name, url, description);
    }
}
