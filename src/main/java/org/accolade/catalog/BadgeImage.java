package org.accolade.catalog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A badge class's picture: the uploaded PNG or SVG, or, when there is none, a generated placeholder (SVG), so that
 * every badge has one.
 */
public record BadgeImage(byte[] content, String mediaType, boolean placeholder) {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    /** The largest image accepted: 512 KB. */
    public static final int MAX_BYTES = 512 * 1024;

    /** A fingerprint of the content, for HTTP caching and for telling one version of the picture from another. */
    public String etag() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
