package org.accolade.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the servlet container forwards an error that no handler answered (a filter's refusal, a body too large for
 * the server): a problem in the caller's language, like every other error, whose instance is the refused address.
 * Asked for directly, /error has nothing to report and is a 404, where Spring Boot's own controller answered 500.
 */
@RestController
class ErrorPathController implements ErrorController {

    private final ApiExceptionHandler problems;

    ErrorPathController(ApiExceptionHandler problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, Locale locale) {
        HttpStatus status = forwarded(request);
        ProblemDetail problem = switch (status) {
            case NOT_FOUND -> problems.problem(status, "request.unknown-path", locale);
            case UNAUTHORIZED -> problems.problem(status, "access.not-signed-in", locale);
            case FORBIDDEN -> problems.problem(status, "access.denied", locale);
            default -> problems.problem(status, "request.refused", locale, status.value());
        };
        refusedAddress(request).ifPresent(problem::setInstance);
        return ResponseEntity.status(status).body(problem);
    }

    /** As the client sent it (the container keeps it encoded); none when it is not a URI at all. */
    private static Optional<URI> refusedAddress(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String address) {
            try {
                return Optional.of(new URI(address));
            } catch (URISyntaxException notAnAddress) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static HttpStatus forwarded(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.NOT_FOUND : status;
    }
}
