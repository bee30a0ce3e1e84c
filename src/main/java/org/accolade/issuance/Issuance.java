package org.accolade.issuance;

/** The badge and whether this call created it (false when an earlier run of the same issuance already did). */
public record Issuance(IssuedBadge badge, boolean created) {
}
