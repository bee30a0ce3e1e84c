package org.accolade.issuance.baking;

/**
 * A badge image that cannot be baked or read. Checked, because a verifier receives images from anyone and must
 * report why one was refused rather than fail.
 */
public class BakedImageException extends Exception {

    /** Why an image was refused. */
    public enum Reason {
        NOT_PNG, TRUNCATED, CRC_MISMATCH, MALFORMED, COMPRESSED_PAYLOAD, DUPLICATE_PAYLOAD, PAYLOAD_TOO_LARGE,
        NOT_SVG, FORBIDDEN_DTD, INVALID_PAYLOAD, INVALID_KEYWORD
    }

    private final Reason reason;

    public BakedImageException(Reason reason, String message) {
        this(reason, message, null);
    }

    public BakedImageException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
