package org.accolade.catalog;

import org.accolade.shared.images.ImageInspector;

/**
 * A badge class's picture: the uploaded PNG or SVG, or, when there is none, a generated placeholder (SVG), so that
 * every badge has one.
 */
public record BadgeImage(byte[] content, String mediaType, boolean placeholder) {

    public static final String PNG = ImageInspector.PNG;
    public static final String SVG = ImageInspector.SVG;
    /** The largest image accepted: 512 KB. */
    public static final int MAX_BYTES = ImageInspector.MAX_BYTES;

    /** A fingerprint of the content, for HTTP caching and for telling one version of the picture from another. */
    public String etag() {
        return ImageInspector.fingerprint(content);
    }
}
