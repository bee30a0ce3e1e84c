package org.accolade.endorsement;

/**
 * What a partner endorses: an award (the assertion a nomination is about to become), a badge class, or the issuer
 * itself.
 */
public enum SubjectType {
    ASSERTION,
    BADGE_CLASS,
    ISSUER
}
