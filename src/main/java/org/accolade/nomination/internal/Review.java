package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.UUID;

import org.accolade.community.MemberId;
import org.accolade.nomination.Verdict;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One juror's vote in one round (or, for a panel, the decision the panel recorded). */
@Table("review")
public class Review {

    @Id
    private UUID id;
    private UUID nominationId;
    private int round;
    private UUID jurorId;
    private Verdict verdict;
    private String comment;
    private Instant decidedAt;
    @Version
    private Long version;

    protected Review() {
    }

    public static Review record(UUID nominationId, int round, MemberId juror, Verdict verdict, String comment,
            Instant now) {
        var review = new Review();
        review.id = UUID.randomUUID();
        review.nominationId = nominationId;
        review.round = round;
        review.jurorId = juror.value();
        review.verdict = verdict;
        review.comment = comment;
        review.decidedAt = now;
        return review;
    }

    public int round() {
        return round;
    }

    public MemberId jurorId() {
        return new MemberId(jurorId);
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
