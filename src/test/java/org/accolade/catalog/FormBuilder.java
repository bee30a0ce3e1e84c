package org.accolade.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accolade.community.MemberId;
import org.accolade.community.PartnerId;
import org.accolade.shared.OrganisationId;

/**
 * A valid badge class form with a fresh key, changed one field at a time by the tests; in no organisation, that is
 * the caller's only one, unless given.
 */
public final class FormBuilder {

    public String name = "Fair player";
    public String key = "fair-player-" + UUID.randomUUID().toString().substring(0, 8);
    public String description = "Plays fair and helps others play.";
    public String criteria = "Refereed three matches of the school tournament.";
    public List<String> tags = List.of("sport", "team");
    public ReviewPolicy policy = ReviewPolicy.VOTES;
    public Integer quorum = 1;
    public Integer maxRounds = 3;
    public Integer acceptanceDays = 14;
    public Integer evidenceDays = 30;
    public Integer evidenceReminderDays = 7;
    public Integer reviewDays = 14;
    public Integer reviewReminderDays = 3;
    public Integer endorsementDays = 21;
    public Integer endorsementReminderDays = 7;
    public Integer validityMonths = 24;
    public Set<BadgeClassId> prerequisites = Set.of();
    public Set<PartnerId> endorsers = Set.of();
    public Integer minEndorsements = 0;
    public Set<MemberId> jurors;
    public List<Alignment> alignments = List.of();
    public VerificationMethod verification = VerificationMethod.HOSTED;
    public Audience audience = Audience.INVITATION;
    public OrganisationId organisationId;

    public FormBuilder(Set<MemberId> jurors) {
        this.jurors = jurors;
    }

    public static FormBuilder juredBy(MemberId... jurors) {
        return new FormBuilder(Set.of(jurors));
    }

    public BadgeClassForm build() {
        return new BadgeClassForm(name, key, description, criteria, tags, policy, quorum, maxRounds, acceptanceDays,
                evidenceDays, evidenceReminderDays, reviewDays, reviewReminderDays, endorsementDays,
                endorsementReminderDays, validityMonths, prerequisites, endorsers, minEndorsements, jurors, alignments,
                verification, audience, organisationId);
    }
}
