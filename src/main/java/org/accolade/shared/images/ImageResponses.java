package org.accolade.shared.images;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An uploaded image served to everyone: with its type and never sniffed as another, cached for ten minutes then
 * revalidated by its ETag, and, for an SVG, a policy that lets it draw but never run or load anything.
 */
public final class ImageResponses {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();
    /** An SVG opened on its own is a document: it may draw, never run anything or load anything. */
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private ImageResponses() {
    }

    /** The image, or 304 when the caller's copy ({@code ifNoneMatch}) is this version ({@code etag}). */
    public static ResponseEntity<byte[]> of(byte[] content, String mediaType, String etag, String ifNoneMatch) {
        String quoted = "\"" + etag + "\"";
        if (quoted.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(quoted).cacheControl(CACHE).build();
        }
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .cacheControl(CACHE).eTag(quoted).header("X-Content-Type-Options", "nosniff");
        if (ImageInspector.SVG.equals(mediaType)) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.body(content);
    }
}
