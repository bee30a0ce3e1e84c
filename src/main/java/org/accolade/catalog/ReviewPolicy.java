package org.accolade.catalog;

/** VOTES: every juror votes on their own task; PANEL: one juror claims the task and records the jury's decision. */
public enum ReviewPolicy {
    VOTES, PANEL
}
