package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.List;

import org.accolade.community.MemberId;

/** A user task waiting in the engine: who should do it, by when, and its id for the link in an email. */
public record OpenTask(String taskId, List<MemberId> people, Instant due) {
}
