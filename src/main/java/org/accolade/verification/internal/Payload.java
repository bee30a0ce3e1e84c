package org.accolade.verification.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a badge hands over once unwrapped from its file: JSON (an Open Badges 2.0 assertion or a 3.0 credential), a
 * compact JWS (a signed 2.0 assertion or a 3.0 VC-JWT), or a URL.
 */
record Payload(Kind kind, String text) {

    enum Kind { JSON, JWS, URL }

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    /** Any scheme, so that a file: or ftp: URL reaches the fetcher and is refused with its reason. */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    /** Recognises the payload by its shape; empty when it is none of the three. */
    static Optional<Payload> recognise(String text) {
        String candidate = text.strip();
        if (candidate.startsWith("{") || candidate.startsWith("[")) {
            return Optional.of(new Payload(Kind.JSON, candidate));
        }
        if (COMPACT_JWS.matcher(candidate).matches()) {
            return Optional.of(new Payload(Kind.JWS, candidate));
        }
        if (URL.matcher(candidate).matches()) {
            return Optional.of(new Payload(Kind.URL, candidate));
        }
        return Optional.empty();
    }

    /** An Open Badges 3.0 credential, told from 2.0 by its content: a verifiable credential, as JSON or VC-JWT. */
    boolean isCredential() {
        return switch (kind) {
            case JSON -> Json.object(text).filter(CredentialShape::isVerifiableCredential).isPresent();
            case JWS -> VcJwt.parse(text).isPresent();
            case URL -> false;
        };
    }

    static boolean isJws(String text) {
        return COMPACT_JWS.matcher(text.strip()).matches();
    }
}
