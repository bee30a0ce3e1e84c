package org.accolade.mail.internal;

import java.util.List;
import java.util.UUID;

import org.accolade.mail.MailOutbox;
import org.accolade.mail.OutboxMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for issuer admins: what was sent to whom and whether it left, with the tokens of single-use links
 * masked; and sending a message again.
 */
@RestController
@RequestMapping("/api/v1/admin/outbox")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
class OutboxController {

    private final MailOutbox outbox;

    OutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    public List<OutboxMessage> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return outbox.list(status, page, size);
    }

    /** The message queued again (or its copy): 202, it leaves with the next dispatch. */
    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Resent resend(@PathVariable UUID id) {
        return new Resent(outbox.resend(id));
    }

    record Resent(UUID id) {
    }

    /** An unknown status or an impossible page is the client's mistake. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
