package org.accolade.web;

import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Last in line: an error that neither Accolade's handler nor Spring's knows is a defect, answered as a 500 problem in
 * the caller's language with a reference that the log line carries too, so that an operator can find it.
 */
@RestControllerAdvice(basePackages = "org.accolade")
@Order(Ordered.LOWEST_PRECEDENCE)
class UnexpectedErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ApiExceptionHandler problems;

    UnexpectedErrorHandler(ApiExceptionHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception exception, Locale locale) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, reference {}", reference, exception);
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", locale, reference);
        problem.setProperty("reference", reference);
        return problem;
    }
}
