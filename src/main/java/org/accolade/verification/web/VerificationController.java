package org.accolade.verification.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.accolade.shared.DomainException;
import org.accolade.verification.TooManyVerifications;
import org.accolade.verification.VerificationReport;
import org.accolade.verification.VerificationRequest;
import org.accolade.verification.VerificationRequest.Source;
import org.accolade.verification.VerificationService;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/verify}: public. Always 200 with the report for a badge, Open Badges 2.0 or 3.0, however broken
 * (a bad badge is a verdict); 400 only when the request itself is wrong: nothing to verify, several things, or an
 * invalid email; 413 when it is larger than its limit ({@code accolade.web.larger-bodies}); 429 when its client
 * verified too often or the server is verifying all it can at once.
 */
@RestController
@RequestMapping("/api/v1/verify")
class VerificationController {

    /** The same loose shape as the screens accept: something@something.something, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final VerificationService verification;
    private final MessageSource messages;

    VerificationController(VerificationService verification, MessageSource messages) {
        this.verification = verification;
        this.messages = messages;
    }

    /**
     * One of {@code url}, {@code assertion} (an Open Badges 2.0 assertion or 3.0 credential, as an object or its JSON
     * as a string; {@code credential} is the same field under its 3.0 name) or {@code jws} (a signed assertion or a
     * VC-JWT).
     */
    record VerifyBody(String url, JsonNode assertion, JsonNode credential, String jws, String email) {

        /** What was given as JSON, under either name. */
        JsonNode json() {
            return given(assertion) ? assertion : credential;
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VerificationReport verifyFile(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String email, Locale locale, HttpServletRequest request) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("verification.input.missing", "file");
        }
        return verify(new VerificationRequest.UploadedFile(bytes(file), file.getOriginalFilename(),
                file.getContentType()), email, locale, request);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    VerificationReport verifyJson(@RequestBody VerifyBody body, Locale locale, HttpServletRequest request) {
        long given = Stream.of(body.url(), body.assertion(), body.credential(), body.jws())
                .filter(VerificationController::given).count();
        if (given == 0) {
            throw DomainException.invalid("verification.input.missing", "url");
        }
        if (given > 1) {
            throw DomainException.invalid("verification.input.several", given(body.url()) ? "url"
                    : given(body.assertion()) ? "assertion" : "credential");
        }
        return verify(source(body), body.email(), locale, request);
    }

    /** 429 with {@code Retry-After}: this client verified too often, or the server verifies all it can at once. */
    @ExceptionHandler(TooManyVerifications.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyVerifications refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem." + refused.code(), null, locale));
        problem.setTitle(messages.getMessage("problem.title.429", null, locale));
        problem.setProperty("code", refused.code());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds())).body(problem);
    }

    private VerificationReport verify(Source source, String email, Locale locale, HttpServletRequest request) {
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            throw DomainException.invalid("verification.email.invalid", "email");
        }
        return verification.verify(new VerificationRequest(source, email, locale), request.getRemoteAddr());
    }

    /** A JSON {@code null} is no input, whether it reaches here as null or as a null node. */
    private static boolean given(Object input) {
        return input != null && !(input instanceof JsonNode node && node.isNull());
    }

    private static Source source(VerifyBody body) {
        if (given(body.url())) {
            return new VerificationRequest.Url(body.url());
        }
        if (given(body.jws())) {
            return new VerificationRequest.Jws(body.jws());
        }
        JsonNode json = body.json();
        return new VerificationRequest.Assertion(json.isTextual() ? json.asText() : json.toString());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }
}
