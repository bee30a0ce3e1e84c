package org.accolade.issuance;

import java.util.List;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.community.Member;

/** Issue commands for tests that need a badge held, without running a nomination. */
public final class IssueBadges {

    private IssueBadges() {
    }

    /** A badge awarded to {@code holder} with one piece of evidence they agreed to show. */
    public static IssueBadge to(Member holder, BadgeClassId badgeClass) {
        return new IssueBadge(AssertionId.random(), UUID.randomUUID(), badgeClass, holder.id(), holder.email(),
                "Approved by the jury: 3 of 3 jurors approved, in round 1.", "I ran the school's recycling week.",
                List.of(new AssertionEvidence("Photos", "https://example.org/recycling-week", "The stands"),
                        new AssertionEvidence("Report", null, null)),
                true, holder.language());
    }
}
