package org.accolade.nomination.web;

import java.util.List;
import java.util.UUID;

import org.accolade.community.MemberId;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationSummary;
import org.accolade.nomination.StalledReview;
import org.accolade.nomination.StalledReviewService;
import org.accolade.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisation admins: their organisations' stalled VOTES reviews, whether one is stalled, and the ways out (ADR 14,
 * 17).
 */
@RestController
@RequestMapping("/api/v1/admin/nominations")
class StalledReviewController {

    private final StalledReviewService stalledReviews;

    StalledReviewController(StalledReviewService stalledReviews) {
        this.stalledReviews = stalledReviews;
    }

    /** The escalated reviews of the caller's organisations. */
    @GetMapping("/stalled")
    List<NominationSummary> escalated() {
        return stalledReviews.escalated();
    }

    @GetMapping("/{id}/review")
    StalledReview review(@PathVariable NominationId id) {
        return stalledReviews.get(id);
    }

    @PostMapping("/{id}/review/decide")
    NominationDetails decideWithVotesInHand(@PathVariable NominationId id) {
        return stalledReviews.decideWithVotesInHand(id);
    }

    @PostMapping("/{id}/review/replace-juror")
    NominationDetails replaceJuror(@PathVariable NominationId id, @RequestBody JurorReplacement body) {
        return stalledReviews.replaceJuror(id, member(body.jurorId(), "jurorId"),
                member(body.replacementId(), "replacementId"));
    }

    /** Whose vote goes to whom: member ids. */
    record JurorReplacement(String jurorId, String replacementId) {
    }

    private static MemberId member(String id, String field) {
        try {
            return id == null ? null : new MemberId(UUID.fromString(id.trim()));
        } catch (IllegalArgumentException notAnId) {
            throw DomainException.invalid("review.member-id", field);
        }
    }
}
