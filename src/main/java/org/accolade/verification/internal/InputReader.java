package org.accolade.verification.internal;

import static org.accolade.verification.internal.Findings.FOUND;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.accolade.issuance.baking.BakedImageException;
import org.accolade.issuance.baking.PngBaker;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.verification.VerificationRequest.Assertion;
import org.accolade.verification.VerificationRequest.Jws;
import org.accolade.verification.VerificationRequest.Pasted;
import org.accolade.verification.VerificationRequest.Source;
import org.accolade.verification.VerificationRequest.UploadedFile;
import org.accolade.verification.VerificationRequest.Url;

/**
 * Unwraps what a person handed in (a file, pasted text, JSON, a JWS or VC-JWT, a URL) into the {@link Payload} to
 * verify.
 */
final class InputReader {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final PngBaker png = new PngBaker();
    private final SvgBaker svg2 = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_2);
    private final SvgBaker svg3 = new SvgBaker(SvgBaker.Standard.OPEN_BADGES_3);
    private final Findings findings;

    InputReader(Findings findings) {
        this.findings = findings;
    }

    Payload read(Source source) {
        if (source instanceof UploadedFile file) {
            return fromFile(file);
        }
        if (source instanceof Assertion assertion) {
            return new Payload(Payload.Kind.JSON, required(assertion.json()));
        }
        if (source instanceof Jws jws) {
            return new Payload(Payload.Kind.JWS, required(jws.jws()));
        }
        if (source instanceof Url url) {
            return new Payload(Payload.Kind.URL, required(url.url()));
        }
        return recognised(required(((Pasted) source).text()), "verification.found.unrecognised");
    }

    private String required(String text) {
        if (text == null || text.isBlank()) {
            throw findings.halt(FOUND, "verification.found.empty");
        }
        return text.strip();
    }

    private Payload recognised(String text, String otherwise) {
        return Payload.recognise(text).orElseThrow(() -> findings.halt(FOUND, otherwise));
    }

    /**
     * By content first: a PNG by its signature, an SVG or JSON by its first character, a JWS (a .jwt file) by its
     * shape; the name only as a hint.
     */
    private Payload fromFile(UploadedFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length == 0) {
            throw findings.halt(FOUND, "verification.file.empty");
        }
        try {
            if (startsWithPngSignature(bytes)) {
                return baked(bakedPng(bytes));
            }
            String text = utf8(bytes).orElseThrow(() -> unsupported(file));
            if (text.startsWith("<")) {
                return baked(bakedSvg(text));
            }
            if (text.startsWith("{")) {
                return new Payload(Payload.Kind.JSON, text);
            }
            if (Payload.isJws(text)) {
                return new Payload(Payload.Kind.JWS, text);
            }
            throw unsupported(file);
        } catch (BakedImageException e) {
            throw findings.halt(FOUND, "verification.baked." + e.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    /** An image carries a 2.0 assertion or a 3.0 credential, each under its own name; 2.0 is looked for first. */
    private Optional<String> bakedPng(byte[] bytes) throws BakedImageException {
        Optional<String> assertion = png.read(bytes, PngBaker.OPEN_BADGES_2);
        return assertion.isPresent() ? assertion : png.read(bytes, PngBaker.OPEN_BADGES_3);
    }

    private Optional<String> bakedSvg(String text) throws BakedImageException {
        Optional<String> assertion = svg2.read(text);
        return assertion.isPresent() ? assertion : svg3.read(text);
    }

    private Payload baked(Optional<String> payload) {
        String text = payload.orElseThrow(() -> findings.halt(FOUND, "verification.file.no-badge"));
        return recognised(text, "verification.file.unrecognised-payload");
    }

    /** A file named or typed as a PNG that lacks the signature is told so; anything else is not a badge file. */
    private Findings.Halt unsupported(UploadedFile file) {
        String name = file.filename() == null ? "" : file.filename().toLowerCase(Locale.ROOT);
        boolean claimsPng = name.endsWith(".png") || "image/png".equalsIgnoreCase(file.contentType());
        return findings.halt(FOUND, claimsPng ? "verification.baked.not_png" : "verification.file.unsupported");
    }

    private static boolean startsWithPngSignature(byte[] bytes) {
        return bytes.length >= PNG_SIGNATURE.length
                && Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString().strip();
            return Optional.of(text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1).strip());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
