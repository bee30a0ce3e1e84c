package org.accolade.nomination.internal;

import java.util.List;

import org.accolade.community.Member;
import org.accolade.issuance.AssertionEvidence;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.IssueBadge;
import org.accolade.nomination.Verdict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the issued assertion says of the nomination behind it: the jury's decision as its narrative, in the holder's
 * language, and the evidence of the last round with the holder's consent to show it.
 */
@Component
class AwardStatement {

    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;
    private final MessageSource messages;

    AwardStatement(EvidenceRepository evidence, ReviewRepository reviews, MessageSource messages) {
        this.evidence = evidence;
        this.reviews = reviews;
        this.messages = messages;
    }

    IssueBadge issueBadge(Nomination nomination, Member nominee) {
        Evidence last = lastEvidence(nomination);
        return new IssueBadge(new AssertionId(nomination.assertionId()), nomination.id().value(),
                nomination.badgeClassId(), nominee.id(), nominee.email(), decision(nomination, nominee),
                last == null ? null : last.narrative(), last == null ? List.of() : items(last),
                nomination.publicConsent(), nominee.language());
    }

    private String decision(Nomination nomination, Member nominee) {
        List<Review> votes = reviews.findByNominationIdAndRound(nomination.id().value(), nomination.round());
        long approvals = votes.stream().filter(review -> review.verdict() == Verdict.APPROVE).count();
        String key = votes.size() == 1 ? "award.narrative.panel" : "award.narrative.votes";
        return messages.getMessage(key, new Object[] { approvals, votes.size(), nomination.round() },
                nominee.language());
    }

    private Evidence lastEvidence(Nomination nomination) {
        List<Evidence> rounds = evidence.findByNominationIdOrderByRound(nomination.id().value());
        return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
    }

    private static List<AssertionEvidence> items(Evidence evidence) {
        return evidence.items().stream()
                .map(item -> new AssertionEvidence(item.name(), item.url(), item.description())).toList();
    }
}
