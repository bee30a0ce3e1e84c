package org.accolade.community;

/**
 * Platform-wide roles, which Spring Security knows as {@code ROLE_*}. MEMBER and SYSTEM_ADMIN are granted to a
 * person; ORGANISATION_ADMIN is never granted as such: a person has it while they are the
 * {@link OrganisationRole#ADMIN} of at least one organisation, so that the admin screens and URLs open to them, and
 * each service then checks which organisation's object it is (ADR 17). Jurors are not a role: they are members of
 * an organisation's juries.
 */
public enum Role {
    MEMBER, ORGANISATION_ADMIN, SYSTEM_ADMIN;

    /** Whether it is granted to a person, rather than following from their memberships. */
    public boolean isGranted() {
        return this != ORGANISATION_ADMIN;
    }
}
