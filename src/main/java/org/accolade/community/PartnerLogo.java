package org.accolade.community;

import org.accolade.shared.images.ImageInspector;

/** A partner organisation's logo as stored: a PNG or an SVG that passed the content checks. */
public record PartnerLogo(byte[] content, String mediaType) {

    /** A fingerprint of the content, for HTTP caching and for telling one version of the logo from another. */
    public String etag() {
        return ImageInspector.fingerprint(content);
    }
}
