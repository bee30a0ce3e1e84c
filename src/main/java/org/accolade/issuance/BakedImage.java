package org.accolade.issuance;

/** A badge image with its assertion baked in, as made at issuance. */
public record BakedImage(byte[] content, String mediaType) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";

    public String extension() {
        return PNG.equals(mediaType) ? "png" : "svg";
    }
}
