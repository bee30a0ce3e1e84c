package org.accolade.nomination;

/** STOPPED: it could not go ahead, for a reason only admins read (the nominee's badges are theirs to tell). */
public enum NominationStatus {
    IN_PROGRESS, AWARDED, REJECTED, DECLINED, EXPIRED, WITHDRAWN, STOPPED
}
