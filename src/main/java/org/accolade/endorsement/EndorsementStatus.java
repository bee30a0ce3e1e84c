package org.accolade.endorsement;

/** Where a request stands; only a PENDING request can be answered, reminded, resent, expired or cancelled. */
public enum EndorsementStatus {
    PENDING,
    ENDORSED,
    DECLINED,
    EXPIRED,
    CANCELLED
}
