package org.accolade.nomination.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.accolade.nomination.NominationDetails;
import org.accolade.nomination.NominationId;
import org.accolade.nomination.NominationLimitReached;
import org.accolade.nomination.NominationService;
import org.accolade.nomination.NominationSummary;
import org.accolade.nomination.SubmitNomination;
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

@RestController
@RequestMapping("/api/v1/nominations")
class NominationController {

    private final NominationService nominations;
    private final MessageSource messages;

    NominationController(NominationService nominations, MessageSource messages) {
        this.nominations = nominations;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<NominationDetails> submit(@RequestBody SubmitNomination command) {
        NominationDetails created = nominations.submit(command);
        return ResponseEntity.created(URI.create("/api/v1/nominations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    NominationDetails get(@PathVariable NominationId id) {
        return nominations.get(id);
    }

    /** The caller's nominations: made by them or naming them. */
    @GetMapping
    List<NominationSummary> mine() {
        return nominations.mine();
    }

    /** 429 until the next day starts, in the caller's language. */
    @ExceptionHandler(NominationLimitReached.class)
    ResponseEntity<ProblemDetail> limitReached(NominationLimitReached limit, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("problem." + limit.code(), limit.arguments().toArray(), locale));
        problem.setTitle(messages.getMessage("problem.title." + limit.code(), null, locale));
        problem.setProperty("code", limit.code());
        problem.setProperty("field", limit.field());
        long seconds = (limit.retryAfter().toMillis() + 999) / 1000;
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).body(problem);
    }
}
