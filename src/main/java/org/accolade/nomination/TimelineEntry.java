package org.accolade.nomination;

import java.time.Instant;

/**
 * One step a nomination went through, from the engine's history: screens word it by {@code activityId}
 * ({@code timeline.<activityId>} in the bundles) and fall back to the BPMN name.
 */
public record TimelineEntry(Instant at, String activityId, String name, Instant ended) {
}
