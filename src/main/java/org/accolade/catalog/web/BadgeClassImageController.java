package org.accolade.catalog.web;

import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeImage;
import org.accolade.shared.images.ImageResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every badge class's picture, public (the security configuration opens this path): the uploaded PNG or SVG, else
 * a generated placeholder, served as {@link ImageResponses} serves every uploaded image.
 */
@RestController
class BadgeClassImageController {

    private final BadgeClassService badgeClasses;

    BadgeClassImageController(BadgeClassService badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    @GetMapping("/api/v1/badge-classes/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        BadgeImage image = badgeClasses.image(new BadgeClassId(id));
        return ImageResponses.of(image.content(), image.mediaType(), image.etag(), ifNoneMatch);
    }
}
