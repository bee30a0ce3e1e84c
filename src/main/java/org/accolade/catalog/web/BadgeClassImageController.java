package org.accolade.catalog.web;

import java.time.Duration;
import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeImage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every badge class's picture, public (the security configuration opens this path): the uploaded PNG or SVG, else
 * a generated placeholder. Cached for ten minutes, then revalidated by its ETag.
 */
@RestController
class BadgeClassImageController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();
    /** An SVG opened on its own is a document: it may draw, never run anything or load anything. */
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final BadgeClassService badgeClasses;

    BadgeClassImageController(BadgeClassService badgeClasses) {
        this.badgeClasses = badgeClasses;
    }

    @GetMapping("/api/v1/badge-classes/{id}/image")
    ResponseEntity<byte[]> image(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        BadgeImage image = badgeClasses.image(new BadgeClassId(id));
        String etag = "\"" + image.etag() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
        }
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .cacheControl(CACHE).eTag(etag).header("X-Content-Type-Options", "nosniff");
        if (BadgeImage.SVG.equals(image.mediaType())) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.body(image.content());
    }
}
