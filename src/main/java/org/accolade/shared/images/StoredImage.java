package org.accolade.shared.images;

/** An image as stored once it passed the content checks: a PNG or an SVG without scripts. */
public record StoredImage(byte[] content, String mediaType) {

    /** A fingerprint of the content, for HTTP caching and for telling one version of the image from another. */
    public String etag() {
        return ImageInspector.fingerprint(content);
    }
}
