package org.accolade.community.web;

import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageResponses;
import org.accolade.shared.images.StoredImage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's logo, public (the security configuration opens this path): endorsement pages and Open Badges
 * profiles show it to people without an account.
 */
@RestController
class PartnerLogoController {

    private final PartnerService partners;

    PartnerLogoController(PartnerService partners) {
        this.partners = partners;
    }

    /** Where the logo is served; its version in the link makes browsers fetch a new logo at once. */
    static String path(PartnerOrganisation partner) {
        return "/api/v1/partners/" + partner.id() + "/logo?v=" + partner.logoVersion();
    }

    @GetMapping("/api/v1/partners/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        StoredImage logo = partners.logo(new PartnerId(id))
                .orElseThrow(() -> DomainException.notFound("partner.logo.none", null));
        return ImageResponses.of(logo.content(), logo.mediaType(), logo.etag(), ifNoneMatch);
    }
}
