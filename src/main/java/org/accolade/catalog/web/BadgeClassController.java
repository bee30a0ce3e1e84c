package org.accolade.catalog.web;

import java.util.List;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.ReviewPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/badge-classes")
class BadgeClassController {

    record BadgeClassEntry(UUID id, String key, String name, String description, String criteria,
            List<String> tags, ReviewPolicy reviewPolicy) {

        static BadgeClassEntry of(BadgeClass badge) {
            return new BadgeClassEntry(badge.id().value(), badge.key(), badge.name(), badge.description(),
                    badge.criteria(), badge.tags(), badge.review().policy());
        }
    }

    private final BadgeClassService badgeClasses;

    BadgeClassController(BadgeClassService badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    /** The published catalogue. */
    @GetMapping
    List<BadgeClassEntry> published() {
        return badgeClasses.published().stream().map(BadgeClassEntry::of).toList();
    }
}
