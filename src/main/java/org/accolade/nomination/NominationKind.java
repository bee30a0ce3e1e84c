package org.accolade.nomination;

/** NOMINATION: a member proposes a colleague; REQUEST: a member asks for a badge for themselves. */
public enum NominationKind {
    NOMINATION, REQUEST
}
