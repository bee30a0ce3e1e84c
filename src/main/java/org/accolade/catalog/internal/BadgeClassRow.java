package org.accolade.catalog.internal;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.catalog.Audience;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.JuryId;
import org.accolade.community.PartnerId;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A badge class as stored; durations are ISO-8601 strings so that the BPMN timers can use them as they are. It
 * guards its own definition: whatever an admin writes passes {@link #define} or is refused naming the field.
 * The image columns are not mapped here, so that the many reads of a badge class never carry its picture.
 */
@Table("badge_class")
public class BadgeClassRow {

    @Id
    private UUID id;
    private UUID issuerId;
    private String slug;
    private String name;
    private String description;
    private String criteria;
    private String tags;
    private BadgeClassStatus status;
    private ReviewPolicy reviewPolicy;
    private UUID juryId;
    private int quorum;
    private int maxRounds;
    private String acceptancePeriod;
    private String evidencePeriod;
    private String evidenceReminder;
    private String reviewPeriod;
    private String reviewReminder;
    private String endorsementPeriod;
    private String endorsementReminder;
    private String validity;
    private int minEndorsements;
    private VerificationMethod verification;
    private Audience audience = Audience.INVITATION;
    @Version
    private Long version;
    @MappedCollection(idColumn = "badge_class_id")
    private Set<Prerequisite> prerequisites = new HashSet<>();
    @MappedCollection(idColumn = "badge_class_id")
    private Set<Endorser> endorsers = new HashSet<>();
    @MappedCollection(idColumn = "badge_class_id", keyColumn = "position")
    private List<AlignmentRow> alignments = new ArrayList<>();

    static final int TAGS_MAX = 500;
    static final int TAG_MAX = 50;
    static final int DAYS_MAX = 365;
    static final int ROUNDS_MAX = 10;
    static final int VALIDITY_MONTHS_MAX = 600;
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    protected BadgeClassRow() {
    }

    /** A new draft written by an admin; it is stored once {@link #reviewedBy its jury} is named. */
    public static BadgeClassRow draft(OrganisationId issuer, BadgeClassForm form) {
        var row = new BadgeClassRow();
        row.id = UUID.randomUUID();
        row.issuerId = issuer.value();
        row.status = BadgeClassStatus.DRAFT;
        row.define(form);
        return row;
    }

    /** An admin's changes; an archived badge class no longer changes. */
    public void revise(BadgeClassForm form) {
        if (status == BadgeClassStatus.ARCHIVED) {
            throw DomainException.conflict("badge-class.archived-readonly", "status");
        }
        define(form);
    }

    private void define(BadgeClassForm form) {
        String newName = text(form.name(), "name", BadgeClassForm.NAME_MAX_LENGTH);
        String newKey = form.key() == null ? "" : form.key().strip().toLowerCase(Locale.ROOT);
        if (newKey.isEmpty()) {
            throw DomainException.invalid("badge-class.required", "key");
        }
        if (newKey.length() > BadgeClassForm.KEY_MAX_LENGTH) {
            throw DomainException.invalid("badge-class.too-long", "key", BadgeClassForm.KEY_MAX_LENGTH);
        }
        if (!KEY.matcher(newKey).matches()) {
            throw DomainException.invalid("badge-class.key.invalid", "key");
        }
        String newDescription = text(form.description(), "description", BadgeClassForm.DESCRIPTION_MAX_LENGTH);
        String newCriteria = text(form.criteria(), "criteria", BadgeClassForm.CRITERIA_MAX_LENGTH);
        String newTags = tags(form.tags());
        if (form.policy() == null) {
            throw DomainException.invalid("badge-class.required", "policy");
        }
        if (form.jurors().isEmpty()) {
            throw DomainException.invalid("badge-class.jurors.required", "jurors");
        }
        int newQuorum = number(form.quorum(), "quorum", 1, Integer.MAX_VALUE);
        if (form.policy() == ReviewPolicy.VOTES && newQuorum > form.jurors().size()) {
            throw DomainException.invalid("badge-class.quorum.above-jury", "quorum", form.jurors().size());
        }
        int newMaxRounds = number(form.maxRounds(), "maxRounds", 1, ROUNDS_MAX);
        Deadlines newDeadlines = deadlines(form);
        Integer months = form.validityMonths() == null ? null
                : number(form.validityMonths(), "validityMonths", 1, VALIDITY_MONTHS_MAX);
        if (id != null && form.prerequisites().contains(new BadgeClassId(id))) {
            throw DomainException.invalid("badge-class.prerequisite.self", "prerequisites");
        }
        if (form.endorsers().isEmpty() && form.minEndorsements() != null && form.minEndorsements() > 0) {
            throw DomainException.invalid("badge-class.min-endorsements.no-endorsers", "minEndorsements");
        }
        int newMinEndorsements = number(form.minEndorsements(), "minEndorsements", 0, form.endorsers().size());
        List<AlignmentRow> newAlignments = AlignmentRow.of(form.alignments());
        if (form.verification() == null) {
            throw DomainException.invalid("badge-class.required", "verification");
        }

        name = newName;
        slug = newKey;
        description = newDescription;
        criteria = newCriteria;
        tags = newTags;
        reviewPolicy = form.policy();
        quorum = newQuorum;
        maxRounds = newMaxRounds;
        setDeadlines(newDeadlines);
        validity = months == null ? null : Period.ofMonths(months).toString();
        minEndorsements = newMinEndorsements;
        prerequisites = form.prerequisites().stream().map(p -> new Prerequisite(p.value()))
                .collect(Collectors.toCollection(HashSet::new));
        endorsers = form.endorsers().stream().map(p -> new Endorser(p.value()))
                .collect(Collectors.toCollection(HashSet::new));
        alignments = newAlignments;
        verification = form.verification();
        audience = form.audience();
    }

    static String text(String value, String field, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("badge-class.required", field);
        }
        if (trimmed.length() > max) {
            throw DomainException.invalid("badge-class.too-long", field, max);
        }
        return trimmed;
    }

    /** Tags are stored comma-separated: trimmed, without blanks or repeats, none holding a comma. */
    private static String tags(List<String> values) {
        var distinct = new LinkedHashSet<String>();
        for (String value : values) {
            String tag = value == null ? "" : value.strip();
            if (tag.contains(",")) {
                throw DomainException.invalid("badge-class.tags.comma", "tags");
            }
            if (tag.length() > TAG_MAX) {
                throw DomainException.invalid("badge-class.tags.too-long", "tags", TAG_MAX);
            }
            if (!tag.isEmpty()) {
                distinct.add(tag);
            }
        }
        String joined = String.join(",", distinct);
        if (joined.length() > TAGS_MAX) {
            throw DomainException.invalid("badge-class.too-long", "tags", TAGS_MAX);
        }
        return joined;
    }

    private static int number(Integer value, String field, int min, int max) {
        if (value == null) {
            throw DomainException.invalid("badge-class.required", field);
        }
        if (value < min && max == Integer.MAX_VALUE) {
            throw DomainException.invalid("badge-class.at-least", field, min);
        }
        if (value < min || value > max) {
            throw DomainException.invalid("badge-class.range", field, min, max);
        }
        return value;
    }

    private static Deadlines deadlines(BadgeClassForm form) {
        int acceptance = number(form.acceptanceDays(), "acceptanceDays", 1, DAYS_MAX);
        int evidence = number(form.evidenceDays(), "evidenceDays", 1, DAYS_MAX);
        int evidenceReminder = number(form.evidenceReminderDays(), "evidenceReminderDays", 1, DAYS_MAX);
        int review = number(form.reviewDays(), "reviewDays", 1, DAYS_MAX);
        int reviewReminder = number(form.reviewReminderDays(), "reviewReminderDays", 1, DAYS_MAX);
        int endorsement = number(form.endorsementDays(), "endorsementDays", 1, DAYS_MAX);
        int endorsementReminder = number(form.endorsementReminderDays(), "endorsementReminderDays", 1, DAYS_MAX);
        if (evidenceReminder >= evidence) {
            throw DomainException.invalid("badge-class.reminder.too-late", "evidenceReminderDays", evidence);
        }
        if (reviewReminder >= review) {
            throw DomainException.invalid("badge-class.reminder.too-late", "reviewReminderDays", review);
        }
        // Counted from the request, unlike the two above: a reminder on or after the expiry would never be read.
        if (endorsementReminder >= endorsement) {
            throw DomainException.invalid("badge-class.endorsement-reminder.too-late", "endorsementReminderDays",
                    endorsement);
        }
        return new Deadlines(Duration.ofDays(acceptance), Duration.ofDays(evidence),
                Duration.ofDays(evidenceReminder), Duration.ofDays(review), Duration.ofDays(reviewReminder),
                Duration.ofDays(endorsement), Duration.ofDays(endorsementReminder));
    }

    public static BadgeClassRow draft(NewBadgeClass definition) {
        var row = new BadgeClassRow();
        row.id = UUID.randomUUID();
        row.issuerId = definition.issuerId().value();
        row.slug = definition.key();
        row.name = definition.name();
        row.description = definition.description();
        row.criteria = definition.criteria();
        row.tags = String.join(",", definition.tags());
        row.status = BadgeClassStatus.DRAFT;
        row.reviewPolicy = definition.review().policy();
        row.juryId = definition.review().jury().value();
        row.quorum = definition.review().quorum();
        row.maxRounds = definition.review().maxRounds();
        row.setDeadlines(definition.deadlines());
        row.validity = definition.validity() == null ? null : definition.validity().toString();
        row.minEndorsements = definition.minEndorsements();
        definition.prerequisites().forEach(p -> row.prerequisites.add(new Prerequisite(p.value())));
        definition.endorsers().forEach(p -> row.endorsers.add(new Endorser(p.value())));
        row.alignments = AlignmentRow.of(definition.alignments());
        row.verification = definition.verification();
        row.audience = definition.audience();
        return row;
    }

    private void setDeadlines(Deadlines deadlines) {
        acceptancePeriod = deadlines.acceptancePeriod().toString();
        evidencePeriod = deadlines.evidencePeriod().toString();
        evidenceReminder = deadlines.evidenceReminderLead().toString();
        reviewPeriod = deadlines.reviewPeriod().toString();
        reviewReminder = deadlines.reviewReminderLead().toString();
        endorsementPeriod = deadlines.endorsementPeriod().toString();
        endorsementReminder = deadlines.endorsementReminderAfter().toString();
    }

    public void publish() {
        if (status == BadgeClassStatus.ARCHIVED) {
            throw DomainException.conflict("badge-class.archived", "status");
        }
        status = BadgeClassStatus.PUBLISHED;
    }

    /** No longer offered; nominations already under way go on to their end. */
    public void archive() {
        if (status == BadgeClassStatus.ARCHIVED) {
            throw DomainException.conflict("badge-class.already-archived", "status");
        }
        status = BadgeClassStatus.ARCHIVED;
    }

    /** Gives this badge class a jury of its own (one that it no longer shares with another class). */
    public void reviewedBy(JuryId jury) {
        juryId = jury.value();
    }

    public BadgeClassId id() {
        return new BadgeClassId(id);
    }

    public OrganisationId issuerId() {
        return new OrganisationId(issuerId);
    }

    public JuryId juryId() {
        return juryId == null ? null : new JuryId(juryId);
    }

    public String key() {
        return slug;
    }

    public String name() {
        return name;
    }

    public BadgeClassStatus status() {
        return status;
    }

    public BadgeClass toBadgeClass() {
        return new BadgeClass(new BadgeClassId(id), new OrganisationId(issuerId), slug, name, description, criteria,
                tagList(), status, new ReviewRules(reviewPolicy, new JuryId(juryId), quorum, maxRounds),
                new Deadlines(Duration.parse(acceptancePeriod), Duration.parse(evidencePeriod),
                        Duration.parse(evidenceReminder), Duration.parse(reviewPeriod), Duration.parse(reviewReminder),
                        Duration.parse(endorsementPeriod), Duration.parse(endorsementReminder)),
                validity == null ? null : Period.parse(validity),
                prerequisites.stream().map(p -> new BadgeClassId(p.prerequisiteId())).collect(Collectors.toSet()),
                endorsers.stream().map(e -> new PartnerId(e.partnerId())).collect(Collectors.toSet()),
                minEndorsements, alignments.stream().map(AlignmentRow::toAlignment).toList(), verification, audience);
    }

    private List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::trim).toList();
    }
}
