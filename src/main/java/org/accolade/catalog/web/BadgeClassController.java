package org.accolade.catalog.web;

import java.util.List;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/badge-classes")
class BadgeClassController {

    private final BadgeClassService badgeClasses;

    BadgeClassController(BadgeClassService badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    /**
     * The published catalogue of the network, or of one organisation by its key ({@code ?organisation=college});
     * an unknown key is a 400 problem naming the field {@code organisation}, so that a typo never reads as an empty
     * catalogue.
     */
    @GetMapping
    List<BadgeClassEntry> published(@RequestParam(required = false) String organisation) {
        List<BadgeClass> published = organisation == null ? badgeClasses.published()
                : badgeClasses.published(organisation);
        return published.stream().map(BadgeClassEntry::of).toList();
    }
}
