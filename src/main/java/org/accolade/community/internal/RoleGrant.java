package org.accolade.community.internal;

import org.accolade.community.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("member_role")
record RoleGrant(Role role) {
}
