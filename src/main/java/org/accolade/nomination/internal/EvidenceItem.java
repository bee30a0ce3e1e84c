package org.accolade.nomination.internal;

import org.springframework.data.relational.core.mapping.Table;

@Table("evidence_item")
public record EvidenceItem(String name, String url, String description) {
}
