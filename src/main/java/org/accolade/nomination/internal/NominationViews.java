package org.accolade.nomination.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.JuryService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationDetails.EvidenceRound;
import org.accolade.nomination.NominationDetails.Item;
import org.accolade.nomination.NominationDetails.Person;
import org.accolade.nomination.NominationDetails.ReviewEntry;
import org.accolade.nomination.NominationForEndorsement;
import org.accolade.nomination.NominationStage;
import org.accolade.nomination.NominationSummary;
import org.springframework.stereotype.Component;

/** Who may see a nomination, and what they see. */
@Component
public class NominationViews {

    private final BadgeClassService badgeClasses;
    private final MemberService members;
    private final JuryService juries;
    private final EvidenceRepository evidence;
    private final ReviewRepository reviews;

    NominationViews(BadgeClassService badgeClasses, MemberService members, JuryService juries,
            EvidenceRepository evidence, ReviewRepository reviews) {
        this.badgeClasses = badgeClasses;
        this.members = members;
        this.juries = juries;
        this.evidence = evidence;
        this.reviews = reviews;
    }

    public Optional<BadgeClassId> parseBadgeClassId(String value) {
        try {
            return Optional.of(BadgeClassId.of(value.trim()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    /**
     * Its nominator and nominee, the jury of its badge class, and the admins of its organisation: to an admin of
     * another, it is a stranger's (ADR 17).
     */
    public boolean maySee(Nomination nomination, MemberId viewer) {
        return nomination.involves(viewer) || isJurorOrAdmin(nomination, viewer);
    }

    private boolean isJurorOrAdmin(Nomination nomination, MemberId viewer) {
        BadgeClass badgeClass = badgeClasses.get(nomination.badgeClassId());
        return juries.juriesOf(viewer).contains(badgeClass.review().jury())
                || members.memberships(viewer).contains(Membership.admin(nomination.organisation()));
    }

    /**
     * Its nominee and nominator (even when they sit on the jury or are admins) see no vote of the round under
     * review, counted or named, and no juror's name: they learn the votes with the outcome (ADR 14).
     */
    public NominationDetails details(Nomination nomination, MemberId viewer) {
        UUID id = nomination.id().value();
        boolean insider = !nomination.involves(viewer) && isJurorOrAdmin(nomination, viewer);
        List<Review> votes = reviews.findByNominationIdOrderByRoundAscDecidedAtAsc(id).stream()
                .filter(vote -> insider || decided(nomination, vote)).toList();
        Map<MemberId, Member> people = people(nomination, votes);
        return new NominationDetails(id, nomination.badgeClassId().value(), nomination.organisation().value(),
                badgeName(nomination),
                nomination.kind(), nomination.status(), nomination.stage(),
                person(people.get(nomination.nomineeId())), person(people.get(nomination.nominatorId())),
                nomination.narrative(), nomination.round(), nomination.publicConsent(),
                evidence.findByNominationIdOrderByRound(id).stream().map(NominationViews::round).toList(),
                votes.stream().map(v -> entry(v, insider ? person(people.get(v.jurorId())) : null)).toList(),
                nomination.assertionId(), nomination.createdAt(), nomination.updatedAt(),
                insider ? nomination.stopReason() : null);
    }

    /** Whether the nominee and the nominator may know of this vote: its round has an outcome. */
    private static boolean decided(Nomination nomination, Review vote) {
        return vote.round() < nomination.round() || nomination.stage() != NominationStage.REVIEW;
    }

    /** The latest evidence round tells the nominee's story; before one, the nomination's narrative does. */
    public NominationForEndorsement forEndorsement(Nomination nomination) {
        if (!nomination.publicConsent()) {
            return new NominationForEndorsement(nomination.badgeClassId().value(), false, null, null, List.of(),
                    nomination.round());
        }
        List<Evidence> rounds = evidence.findByNominationIdOrderByRound(nomination.id().value());
        Evidence latest = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        return new NominationForEndorsement(nomination.badgeClassId().value(), true,
                members.get(nomination.nomineeId()).displayName(),
                latest == null ? nomination.narrative() : latest.narrative(),
                latest == null ? List.of() : round(latest).items(), nomination.round());
    }

    public NominationSummary summary(Nomination nomination) {
        return new NominationSummary(nomination.id().value(), nomination.badgeClassId().value(),
                nomination.organisation().value(), badgeName(nomination), nomination.kind(), nomination.status(),
                nomination.stage(), members.get(nomination.nomineeId()).displayName(),
                members.get(nomination.nominatorId()).displayName(), nomination.round(), nomination.updatedAt());
    }

    private String badgeName(Nomination nomination) {
        return badgeClasses.get(nomination.badgeClassId()).name();
    }

    private Map<MemberId, Member> people(Nomination nomination, List<Review> votes) {
        var ids = new HashSet<MemberId>(List.of(nomination.nomineeId(), nomination.nominatorId()));
        votes.forEach(v -> ids.add(v.jurorId()));
        return members.getAll(ids).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private static Person person(Member member) {
        return new Person(member.id().value(), member.displayName());
    }

    private static EvidenceRound round(Evidence round) {
        return new EvidenceRound(round.round(), round.narrative(),
                round.items().stream().map(i -> new Item(i.name(), i.url(), i.description())).toList(),
                round.submittedAt());
    }

    private static ReviewEntry entry(Review review, Person juror) {
        return new ReviewEntry(review.round(), juror, review.verdict(), review.comment(), review.decidedAt());
    }
}
