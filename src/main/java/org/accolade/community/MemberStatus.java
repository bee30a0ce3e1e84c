package org.accolade.community;

/** An INVITED member was named by email and has no password yet; tasks can already be assigned to them. */
public enum MemberStatus {
    INVITED, ACTIVE
}
