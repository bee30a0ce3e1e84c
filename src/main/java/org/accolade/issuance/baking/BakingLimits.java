package org.accolade.issuance.baking;

import static org.accolade.issuance.baking.BakedImageException.Reason.PAYLOAD_TOO_LARGE;

import java.nio.charset.StandardCharsets;

/** The bound on a baked payload, shared by PNG and SVG so that a verifier never holds an unbounded string. */
final class BakingLimits {

    /** An assertion or credential is a few kilobytes; 1 MB leaves room for embedded images and evidence. */
    static final int MAX_PAYLOAD_BYTES = 1 << 20;

    private BakingLimits() {
    }

    static void requireWithinLimit(int bytes) throws BakedImageException {
        if (bytes > MAX_PAYLOAD_BYTES) {
            throw new BakedImageException(PAYLOAD_TOO_LARGE,
                    "payload of " + bytes + " bytes exceeds the limit of " + MAX_PAYLOAD_BYTES);
        }
    }

    static void requireWithinLimit(String payload) throws BakedImageException {
        requireWithinLimit(payload.getBytes(StandardCharsets.UTF_8).length);
    }
}
