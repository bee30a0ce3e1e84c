package org.accolade.catalog;

/**
 * Who may be nominated for a badge class, or ask for it for themselves (ADR 17). The same rule holds for both.
 */
public enum Audience {
    /** Anyone with an account in the network, whichever organisations they belong to. */
    NETWORK,
    /** Only the members of the organisation that awards it. */
    ORGANISATION,
    /** Anyone, by address: a person without an account is invited to join. What every badge class allowed before. */
    INVITATION
}
