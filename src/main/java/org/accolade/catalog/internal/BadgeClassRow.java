package org.accolade.catalog.internal;

import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accolade.shared.DomainException;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.Deadlines;
import org.accolade.catalog.IssuerId;
import org.accolade.catalog.NewBadgeClass;
import org.accolade.catalog.ReviewPolicy;
import org.accolade.catalog.ReviewRules;
import org.accolade.community.JuryId;
import org.accolade.community.PartnerId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A badge class as stored; durations are ISO-8601 strings so that the BPMN timers can use them as they are. */
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
    private String validity;
    private int minEndorsements;
    @Version
    private Long version;
    @MappedCollection(idColumn = "badge_class_id")
    private Set<Prerequisite> prerequisites = new HashSet<>();
    @MappedCollection(idColumn = "badge_class_id")
    private Set<Endorser> endorsers = new HashSet<>();

    protected BadgeClassRow() {
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
        return row;
    }

    private void setDeadlines(Deadlines deadlines) {
        acceptancePeriod = deadlines.acceptancePeriod().toString();
        evidencePeriod = deadlines.evidencePeriod().toString();
        evidenceReminder = deadlines.evidenceReminderLead().toString();
        reviewPeriod = deadlines.reviewPeriod().toString();
        reviewReminder = deadlines.reviewReminderLead().toString();
    }

    public void publish() {
        if (status == BadgeClassStatus.ARCHIVED) {
            throw DomainException.conflict("badge-class.archived", "status");
        }
        status = BadgeClassStatus.PUBLISHED;
    }

    public BadgeClass toBadgeClass() {
        return new BadgeClass(new BadgeClassId(id), new IssuerId(issuerId), slug, name, description, criteria,
                tagList(), status, new ReviewRules(reviewPolicy, new JuryId(juryId), quorum, maxRounds),
                new Deadlines(Duration.parse(acceptancePeriod), Duration.parse(evidencePeriod),
                        Duration.parse(evidenceReminder), Duration.parse(reviewPeriod), Duration.parse(reviewReminder)),
                validity == null ? null : Period.parse(validity),
                prerequisites.stream().map(p -> new BadgeClassId(p.prerequisiteId())).collect(Collectors.toSet()),
                endorsers.stream().map(e -> new PartnerId(e.partnerId())).collect(Collectors.toSet()),
                minEndorsements);
    }

    private List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.stream(tags.split(",")).map(String::trim).toList();
    }
}
