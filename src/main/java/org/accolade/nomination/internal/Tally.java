package org.accolade.nomination.internal;

/** The votes of one round, as the jury-outcome decision table takes them. */
public record Tally(int approvals, int revisions, int rejections, int quorum) {
}
