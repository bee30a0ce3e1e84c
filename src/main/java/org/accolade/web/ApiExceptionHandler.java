package org.accolade.web;

import java.util.Locale;
import java.util.Map;

import org.accolade.shared.DomainException;
import org.accolade.tasks.FormErrorMessages;
import org.accolade.tasks.InvalidSubmissionException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Every refusal of the API is an RFC 9457 problem detail in the caller's language, naming the field. First in line,
 * so that an unreadable body or a malformed parameter gets these words rather than Spring Boot's English ones.
 */
@RestControllerAdvice(basePackages = "org.accolade")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final MessageSource messages;
    private final FormErrorMessages formErrors;

    ApiExceptionHandler(MessageSource messages, FormErrorMessages formErrors) {
        this.messages = messages;
        this.formErrors = formErrors;
    }

    /** 400 with {@code errors}: one message per field, the same messages the screens show. */
    @ExceptionHandler(InvalidSubmissionException.class)
    ProblemDetail invalidForm(InvalidSubmissionException exception, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "form.invalid", locale);
        problem.setProperty("errors", formErrors.describe(exception.errors(), locale));
        return problem;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException exception, Locale locale) {
        ProblemDetail problem = problem(status(exception.kind()), exception.code(), locale,
                exception.arguments().toArray());
        if (exception.field() != null) {
            problem.setProperty("field", exception.field());
            problem.setProperty("errors", Map.of(exception.field(), problem.getDetail()));
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, "access.denied", locale);
    }

    /**
     * JSON that does not parse; or a field of the wrong type or with control characters, named; or a body cut off by
     * {@link RequestBodyLimit} because it is too large.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException exception, Locale locale) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return bodyTooLarge(tooLarge, locale);
            }
        }
        if (!(exception.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "request.unreadable", locale);
        }
        String field = field(mapping);
        boolean controlCharacters = mapping instanceof InvalidFormatException invalid
                && invalid.getTargetType() == String.class;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                controlCharacters ? "request.control-characters" : "request.wrong-type", locale, field);
        problem.setProperty("field", field);
        return problem;
    }

    /** As a client would write it: {@code items[0].url}. */
    private static String field(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** 413, saying the limit in the caller's units: kilobytes, or megabytes when it is a whole number of them. */
    ProblemDetail bodyTooLarge(BodyTooLarge exception, Locale locale) {
        long kilobytes = exception.limit() / 1024;
        String size = kilobytes % 1024 == 0
                ? messages.getMessage("size.megabytes", new Object[] { kilobytes / 1024 }, locale)
                : messages.getMessage("size.kilobytes", new Object[] { kilobytes }, locale);
        ProblemDetail problem = problem(HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", locale, size);
        problem.setProperty("limit", exception.limit());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException exception, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.bad-parameter", locale, exception.getName());
        problem.setProperty("field", exception.getName());
        return problem;
    }

    ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + code, arguments, code, locale));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setProperty("code", code);
        return problem;
    }

    private static HttpStatus status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
        };
    }
}
