package org.accolade.catalog;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.accolade.community.MemberId;
import org.accolade.community.PartnerId;
import org.accolade.shared.OrganisationId;

/**
 * What an organisation admin writes about a badge class: the editor's fields, deadlines in days (see
 * {@link Deadlines} for which way each reminder counts) and validity in months (none: the badge never expires).
 * Numbers may be missing while a person types, and so may the verification method; the service refuses them then.
 * Who may be nominated is by invitation unless said otherwise. The organisation is the one the badge class is
 * created in, fixed from then on; left out, it is the caller's if they administer only one.
 */
public record BadgeClassForm(String name, String key, String description, String criteria, List<String> tags,
        ReviewPolicy policy, Integer quorum, Integer maxRounds, Integer acceptanceDays, Integer evidenceDays,
        Integer evidenceReminderDays, Integer reviewDays, Integer reviewReminderDays, Integer endorsementDays,
        Integer endorsementReminderDays, Integer validityMonths, Set<BadgeClassId> prerequisites,
        Set<PartnerId> endorsers, Integer minEndorsements, Set<MemberId> jurors, List<Alignment> alignments,
        VerificationMethod verification, Audience audience, OrganisationId organisationId) {

    /** The longest texts a badge class keeps, for the service's checks and the editor's fields alike. */
    public static final int NAME_MAX_LENGTH = 200;
    public static final int KEY_MAX_LENGTH = 80;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    public static final int CRITERIA_MAX_LENGTH = 5000;

    public BadgeClassForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
        prerequisites = prerequisites == null ? Set.of() : Set.copyOf(prerequisites);
        endorsers = endorsers == null ? Set.of() : Set.copyOf(endorsers);
        jurors = jurors == null ? Set.of() : Set.copyOf(jurors);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
        audience = audience == null ? Audience.INVITATION : audience;
    }

    /**
     * A new badge class of the organisation (none yet: to choose): the standard deadlines, votes with a quorum of
     * one, three rounds, no expiry, no alignment, hosted verification, by invitation.
     */
    public static BadgeClassForm blank(OrganisationId organisation) {
        Deadlines standard = Deadlines.STANDARD;
        return new BadgeClassForm("", "", "", "", List.of(), ReviewPolicy.VOTES, 1, 3,
                days(standard.acceptancePeriod()), days(standard.evidencePeriod()),
                days(standard.evidenceReminderLead()), days(standard.reviewPeriod()),
                days(standard.reviewReminderLead()), days(standard.endorsementPeriod()),
                days(standard.endorsementReminderAfter()), null, Set.of(), Set.of(), 0, Set.of(), List.of(),
                VerificationMethod.HOSTED, Audience.INVITATION, organisation);
    }

    /** The form of an existing badge class, with its jury's members. */
    public static BadgeClassForm of(BadgeClass badge, Collection<MemberId> jurors) {
        Deadlines deadlines = badge.deadlines();
        return new BadgeClassForm(badge.name(), badge.key(), badge.description(), badge.criteria(), badge.tags(),
                badge.review().policy(), badge.review().quorum(), badge.review().maxRounds(),
                days(deadlines.acceptancePeriod()), days(deadlines.evidencePeriod()),
                days(deadlines.evidenceReminderLead()), days(deadlines.reviewPeriod()),
                days(deadlines.reviewReminderLead()), days(deadlines.endorsementPeriod()),
                days(deadlines.endorsementReminderAfter()),
                badge.validity() == null ? null : (int) badge.validity().toTotalMonths(), badge.prerequisites(),
                badge.endorsers(), badge.minEndorsements(), Set.copyOf(jurors), badge.alignments(),
                badge.verification(), badge.audience(), badge.issuerId());
    }

    private static int days(Duration duration) {
        return (int) duration.toDays();
    }

    /** A URL-safe key made from a name: "Éco-citoyen engagé" gives "eco-citoyen-engage". */
    public static String suggestKey(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.length() <= KEY_MAX_LENGTH ? key : key.substring(0, KEY_MAX_LENGTH).replaceAll("-+$", "");
    }
}
