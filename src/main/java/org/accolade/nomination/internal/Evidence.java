package org.accolade.nomination.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** What the nominee brought in one round: a narrative and items, in the order given. */
@Table("evidence")
public class Evidence {

    @Id
    private UUID id;
    private UUID nominationId;
    private int round;
    private String narrative;
    private Instant submittedAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "evidence_id", keyColumn = "position")
    private List<EvidenceItem> items = new ArrayList<>();

    protected Evidence() {
    }

    public static Evidence submit(UUID nominationId, int round, String narrative, List<EvidenceItem> items,
            Instant now) {
        var evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.nominationId = nominationId;
        evidence.round = round;
        evidence.narrative = narrative;
        evidence.items.addAll(items);
        evidence.submittedAt = now;
        return evidence;
    }

    public int round() {
        return round;
    }

    public String narrative() {
        return narrative;
    }

    public List<EvidenceItem> items() {
        return List.copyOf(items);
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
