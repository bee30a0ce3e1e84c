package org.accolade.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassForm;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.BadgeClassSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation admins' badge classes, any status, as the editor designs them: only their organisations' ones,
 * another's answering 404 as an unknown one (the service checks).
 */
@RestController
@RequestMapping("/api/v1/admin/badge-classes")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class BadgeClassAdminController {

    private final BadgeClassService badgeClasses;

    BadgeClassAdminController(BadgeClassService badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    /** One page in name order, of one status or all; the total is in {@code X-Total-Count}. */
    @GetMapping
    ResponseEntity<List<BadgeClassSummary>> list(@RequestParam(required = false) BadgeClassStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(badgeClasses.count(status)))
                .body(badgeClasses.page(status, Math.max(offset, 0), Math.max(limit, 0)));
    }

    /** A new draft, in the form's organisation ({@code organisationId}; the caller's only one when left out). */
    @PostMapping
    ResponseEntity<BadgeClassEntry> create(@RequestBody BadgeClassForm form) {
        BadgeClass created = badgeClasses.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/badge-classes/" + created.id()))
                .body(BadgeClassEntry.of(created));
    }

    /** The badge class as the editor shows it, which {@code PUT} takes back. */
    @GetMapping("/{id}")
    BadgeClassForm form(@PathVariable UUID id) {
        return badgeClasses.form(new BadgeClassId(id));
    }

    @PutMapping("/{id}")
    BadgeClassEntry update(@PathVariable UUID id, @RequestBody BadgeClassForm form) {
        return BadgeClassEntry.of(badgeClasses.update(new BadgeClassId(id), form));
    }

    @PostMapping("/{id}/publish")
    BadgeClassEntry publish(@PathVariable UUID id) {
        return BadgeClassEntry.of(badgeClasses.publish(new BadgeClassId(id)));
    }

    @PostMapping("/{id}/archive")
    BadgeClassEntry archive(@PathVariable UUID id) {
        return BadgeClassEntry.of(badgeClasses.archive(new BadgeClassId(id)));
    }
}
