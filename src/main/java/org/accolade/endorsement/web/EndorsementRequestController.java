package org.accolade.endorsement.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.endorsement.EndorsementRequestId;
import org.accolade.endorsement.EndorsementRequestSummary;
import org.accolade.endorsement.EndorsementService;
import org.accolade.endorsement.EndorsementStatus;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issuer admins' side of endorsement requests: ask a partner to endorse a badge class or the issuer, list the
 * requests, send a request's link again, or cancel it. The service checks the organisation; the role is checked
 * here too, before the body is read, since the system admin passes the admin URLs without administering any.
 */
@RestController
@RequestMapping("/api/v1/admin/endorsement-requests")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class EndorsementRequestController {

    private final EndorsementService endorsements;

    EndorsementRequestController(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    /** One page, newest first, optionally of one status; the total is in {@code X-Total-Count}. */
    @GetMapping
    ResponseEntity<List<EndorsementRequestSummary>> page(@RequestParam(required = false) EndorsementStatus status,
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(endorsements.count(status)))
                .body(endorsements.page(status, offset, limit));
    }

    /** Body {@code {partnerId, subjectType: "BADGE_CLASS"|"ISSUER", subjectId}}; awards are asked by the lifecycle. */
    @PostMapping
    ResponseEntity<EndorsementRequestId> request(@RequestBody NewRequest body) {
        EndorsementRequestId id = endorsements.request(new PartnerId(required(body.partnerId(), "partnerId")),
                new EndorsedSubject(required(body.subjectType(), "subjectType"),
                        required(body.subjectId(), "subjectId")));
        return ResponseEntity.created(URI.create("/api/v1/admin/endorsement-requests/" + id)).body(id);
    }

    @PostMapping("/{id}/resend")
    ResponseEntity<Void> resend(@PathVariable UUID id) {
        endorsements.resend(new EndorsementRequestId(id));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Void> cancel(@PathVariable UUID id) {
        endorsements.cancel(new EndorsementRequestId(id));
        return ResponseEntity.noContent().build();
    }

    record NewRequest(UUID partnerId, EndorsedSubject.Type subjectType, UUID subjectId) {
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw DomainException.invalid("endorsement.request.required", field);
        }
        return value;
    }
}
