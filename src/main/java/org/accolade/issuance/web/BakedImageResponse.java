package org.accolade.issuance.web;

import java.util.Optional;

import org.accolade.issuance.BakedImage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A baked badge image, saved as a file named {@code fileName} plus its extension; 404 when there is none. */
final class BakedImageResponse {

    private BakedImageResponse() {
    }

    static ResponseEntity<byte[]> of(Optional<BakedImage> baked, String fileName, CacheControl cache) {
        return baked.map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + fileName + "." + image.extension() + "\"")
                .cacheControl(cache).body(image.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
