package org.accolade.community;

/**
 * What a person is in one organisation of the network (ADR 17). One person may hold several, in several
 * organisations: a teacher is a juror in her collège and a member of the institute.
 */
public enum OrganisationRole {
    /** Designs its badges, composes its juries, asks partners, watches its outbox, revokes its badges. */
    ADMIN,
    /** Sits on one of its juries. */
    JUROR,
    /** Belongs to it: may be nominated for, or ask for, its badges open to its members. */
    MEMBER
}
