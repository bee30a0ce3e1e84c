package org.accolade.community.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.shared.images.ImageUpload;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

/** The issuer admins' directory of partner organisations; the logos are served to everyone elsewhere. */
@RestController
@RequestMapping("/api/v1/admin/partners")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class PartnerController {

    /** A partner as the API shows it; {@code logo} is the public address of its logo, null without one. */
    record PartnerEntry(UUID id, String name, String website, String email, String description, String logo) {

        static PartnerEntry of(PartnerOrganisation partner) {
            return new PartnerEntry(partner.id().value(), partner.name(), partner.website(), partner.email(),
                    partner.description(), partner.hasLogo() ? PartnerLogoController.path(partner) : null);
        }
    }

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    /** One page of partners by name; the total is in {@code X-Total-Count}. */
    @GetMapping
    ResponseEntity<List<PartnerEntry>> list(@RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit) {
        List<PartnerEntry> page = partners.page(offset, limit).stream().map(PartnerEntry::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(partners.count())).body(page);
    }

    @PostMapping
    ResponseEntity<PartnerEntry> create(@RequestBody PartnerForm form) {
        PartnerOrganisation created = partners.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/partners/" + created.id()))
                .body(PartnerEntry.of(created));
    }

    @GetMapping("/{id}")
    PartnerEntry get(@PathVariable UUID id) {
        return PartnerEntry.of(partners.get(new PartnerId(id)));
    }

    @PutMapping("/{id}")
    PartnerEntry update(@PathVariable UUID id, @RequestBody PartnerForm form) {
        return PartnerEntry.of(partners.update(new PartnerId(id), form));
    }

    @PutMapping(path = "/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PartnerEntry uploadLogo(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        var upload = new ImageUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return PartnerEntry.of(partners.uploadLogo(new PartnerId(id), upload));
    }
}
