package org.accolade.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accolade.shared.DomainException;
import org.accolade.shared.TransactionMemo;
import org.accolade.catalog.internal.BadgeClassRepository;
import org.accolade.catalog.internal.BadgeClassRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class BadgeClassService {

    /** Badge classes read in a transaction are remembered until it ends; see {@link TransactionMemo}. */
    private static final String MEMO = "badge-class";

    private final BadgeClassRepository badgeClasses;

    BadgeClassService(BadgeClassRepository badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    /** The catalogue members choose from. */
    public List<BadgeClass> published() {
        return badgeClasses.findByStatusOrderByName(BadgeClassStatus.PUBLISHED).stream()
                .map(BadgeClassRow::toBadgeClass).toList();
    }

    /** The published badge classes' ids and names, for choosing one. */
    public Map<BadgeClassId, String> publishedNames() {
        Map<BadgeClassId, String> names = new LinkedHashMap<>();
        badgeClasses.findPublishedNames().forEach(row -> names.put(new BadgeClassId(row.id()), row.name()));
        return names;
    }

    public Optional<BadgeClass> find(BadgeClassId id) {
        return Optional.ofNullable(TransactionMemo.get(MEMO, id,
                () -> badgeClasses.findById(id.value()).map(BadgeClassRow::toBadgeClass).orElse(null)));
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
        TransactionMemo.forget(MEMO);
        return badgeClasses.save(BadgeClassRow.draft(definition)).toBadgeClass();
    }

    @Transactional
    @PreAuthorize("hasRole('ISSUER_ADMIN')")
    public BadgeClass publish(BadgeClassId id) {
        BadgeClassRow row = badgeClasses.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
        row.publish();
        TransactionMemo.forget(MEMO);
        return badgeClasses.save(row).toBadgeClass();
    }
}
