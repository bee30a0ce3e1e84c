package org.accolade.catalog;

import java.util.List;
import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.catalog.internal.BadgeClassRepository;
import org.accolade.catalog.internal.BadgeClassRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BadgeClassService {

    private final BadgeClassRepository badgeClasses;

    BadgeClassService(BadgeClassRepository badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    /** The catalogue members choose from. */
    public List<BadgeClass> published() {
        return badgeClasses.findByStatusOrderByName(BadgeClassStatus.PUBLISHED).stream()
                .map(BadgeClassRow::toBadgeClass).toList();
    }

    public Optional<BadgeClass> find(BadgeClassId id) {
        return badgeClasses.findById(id.value()).map(BadgeClassRow::toBadgeClass);
    }

    public BadgeClass get(BadgeClassId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
    }

    public Optional<BadgeClass> findByKey(String key) {
        return badgeClasses.findBySlug(key).map(BadgeClassRow::toBadgeClass);
    }

    @Transactional
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public BadgeClass create(NewBadgeClass definition) {
        return badgeClasses.save(BadgeClassRow.draft(definition)).toBadgeClass();
    }

    @Transactional
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public BadgeClass publish(BadgeClassId id) {
        BadgeClassRow row = badgeClasses.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
        row.publish();
        return badgeClasses.save(row).toBadgeClass();
    }
}
