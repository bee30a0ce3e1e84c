package org.accolade.catalog.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("badge_class_endorser")
record Endorser(UUID partnerId) {
}
