package org.accolade.issuance;

import java.time.Clock;
import java.util.List;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.community.MemberId;
import org.accolade.issuance.internal.AssertionRecord;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.security.CurrentMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuance records: one assertion per nomination, whatever happens to the job that creates it. */
@Service
@Transactional(readOnly = true)
public class AssertionService {

    private final AssertionRepository assertions;
    private final BadgeClassService badgeClasses;
    private final CurrentMember currentMember;
    private final Clock clock;

    AssertionService(AssertionRepository assertions, BadgeClassService badgeClasses, CurrentMember currentMember,
            Clock clock) {
        this.assertions = assertions;
        this.badgeClasses = badgeClasses;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /**
     * Creates the assertion unless this nomination already has one. Two concurrent runs cannot both insert: the
     * unique nomination id makes the second fail and its job retry, and the retry finds the first one's badge.
     */
    @Transactional
    public Issuance issue(IssueBadge command) {
        return assertions.findByNominationId(command.nominationId())
                .map(existing -> new Issuance(existing.toIssuedBadge(), false))
                .orElseGet(() -> new Issuance(create(command), true));
    }

    private IssuedBadge create(IssueBadge command) {
        var validity = badgeClasses.get(command.badgeClassId()).validity();
        return assertions.save(AssertionRecord.issue(command, clock.instant(), validity)).toIssuedBadge();
    }

    public boolean holdsValid(MemberId member, BadgeClassId badgeClass) {
        return assertions.findByRecipientIdAndBadgeClassId(member.value(), badgeClass.value()).stream()
                .map(AssertionRecord::toIssuedBadge)
                .anyMatch(badge -> badge.isValidAt(clock.instant()));
    }

    /** The caller's badges, newest first. */
    @PreAuthorize("hasRole('MEMBER')")
    public List<IssuedBadge> heldByCaller() {
        return assertions.findByRecipientIdOrderByIssuedOnDesc(currentMember.id().value()).stream()
                .map(AssertionRecord::toIssuedBadge).toList();
    }
}
