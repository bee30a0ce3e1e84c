package org.accolade.verification;

import java.util.Locale;
import java.util.Objects;

/**
 * A badge handed in for verification: exactly one {@link Source}, an optional email to check the recipient against,
 * and the language the report is written in.
 */
public record VerificationRequest(Source source, String email, Locale locale) {

    public VerificationRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locale, "locale");
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** Where the badge comes from. */
    public sealed interface Source permits UploadedFile, Assertion, Jws, Url, Pasted {
    }

    /** A baked PNG or SVG, or a JSON file; told apart by content, the name and type being only hints. */
    public record UploadedFile(byte[] bytes, String filename, String contentType) implements Source {
        public UploadedFile {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** An Open Badges 2.0 assertion or 3.0 credential as JSON text, told apart by content. */
    public record Assertion(String json) implements Source {
    }

    /** A signed 2.0 assertion or a 3.0 VC-JWT, as a compact JWS. */
    public record Jws(String jws) implements Source {
    }

    /** The URL of a hosted assertion or of a credential (JSON or VC-JWT). */
    public record Url(String url) implements Source {
    }

    /** Text pasted by a person: JSON, a JWS (or VC-JWT) or a URL, recognised by its shape. */
    public record Pasted(String text) implements Source {
    }
}
