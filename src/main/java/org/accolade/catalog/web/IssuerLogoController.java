package org.accolade.catalog.web;

import java.io.IOException;
import java.util.UUID;

import org.accolade.catalog.IssuerService;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.images.ImageResponses;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The issuer's logo: public to read (the security configuration opens this path), since its Open Badges profiles
 * show it to anyone; replaced by issuer admins (checked by the service).
 */
@RestController
class IssuerLogoController {

    private final IssuerService issuers;

    IssuerLogoController(IssuerService issuers) {
        this.issuers = issuers;
    }

    record IssuerEntry(UUID id, String name, String logoVersion) {
    }

    @GetMapping("/api/v1/issuers/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        StoredImage logo = issuers.logo(new OrganisationId(id))
                .orElseThrow(() -> DomainException.notFound("issuer.logo.none", null));
        return ImageResponses.of(logo.content(), logo.mediaType(), logo.etag(), ifNoneMatch);
    }

    @PutMapping(path = "/api/v1/admin/issuers/{id}/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IssuerEntry uploadLogo(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        var upload = new ImageUpload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        var issuer = issuers.uploadLogo(new OrganisationId(id), upload);
        return new IssuerEntry(issuer.id().value(), issuer.name(), issuer.logoVersion());
    }
}
