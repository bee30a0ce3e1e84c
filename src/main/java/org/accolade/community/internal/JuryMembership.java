package org.accolade.community.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

@Table("jury_member")
record JuryMembership(UUID memberId) {
}
