package org.accolade.community;

/** Platform-wide roles. Jurors are not a role: they are members of a badge class's jury. */
public enum Role {
    MEMBER, ISSUER_ADMIN, SYSTEM_ADMIN
}
