package org.accolade.endorsement.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.accolade.endorsement.EndorsementAsk;
import org.accolade.endorsement.EndorsementDecision;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.internal.TokenAttempts;
import org.accolade.shared.RateLimit.Attempt;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public: the token in the path is the credential, and the only thing that says which request is meant. Attempts are
 * limited per client address, so that tokens cannot be tried at speed.
 */
@RestController
@RequestMapping("/api/v1/endorsements/{token}")
class EndorsementController {

    /** Thrown before the service is called, so a refused attempt reads and changes nothing. */
    static class TooManyAttempts extends RuntimeException {

        private final transient Attempt attempt;

        TooManyAttempts(Attempt attempt) {
            super("Too many attempts on endorsement links from one client", null, false, false);
            this.attempt = attempt;
        }
    }

    private final EndorsementService endorsements;
    private final TokenAttempts attempts;
    private final MessageSource messages;

    EndorsementController(EndorsementService endorsements, TokenAttempts attempts, MessageSource messages) {
        this.endorsements = endorsements;
        this.attempts = attempts;
        this.messages = messages;
    }

    @GetMapping
    EndorsementAsk describe(@PathVariable String token, HttpServletRequest request) {
        limit(request);
        return endorsements.describe(token);
    }

    @PostMapping
    EndorsementDecision decide(@PathVariable String token, @RequestBody Map<String, Object> values,
            HttpServletRequest request) {
        limit(request);
        return endorsements.decide(token, values);
    }

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem.endorsement.too-many-attempts", null, locale));
        problem.setTitle(messages.getMessage("problem.title.429", null, locale));
        problem.setProperty("code", "endorsement.too-many-attempts");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.attempt.retryAfterSeconds())).body(problem);
    }

    private void limit(HttpServletRequest request) {
        Attempt attempt = attempts.attempt(request.getRemoteAddr());
        if (!attempt.allowed()) {
            throw new TooManyAttempts(attempt);
        }
    }
}
