package org.accolade.nomination;

public enum NominationStatus {
    IN_PROGRESS, AWARDED, REJECTED, DECLINED, EXPIRED, WITHDRAWN
}
