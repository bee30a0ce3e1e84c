package org.accolade.issuance.web;

import java.util.List;
import java.util.UUID;

import org.accolade.shared.DomainException;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssuedBadge;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assertions")
class AssertionController {

    private final AssertionService assertions;

    AssertionController(AssertionService assertions) {
        this.assertions = assertions;
    }

    /** {@code ?recipient=me}: the caller's badges; no one lists another person's badges. */
    @GetMapping
    List<IssuedBadge> held(@RequestParam String recipient) {
        if (!"me".equals(recipient)) {
            throw DomainException.invalid("assertion.recipient.only-me", "recipient");
        }
        return assertions.heldByCaller();
    }

    /** Issuer admins only (checked by the service); the holder is told by email. */
    @PostMapping("/{id}/revoke")
    IssuedBadge revoke(@PathVariable UUID id, @RequestBody(required = false) RevokeRequest request) {
        return assertions.revoke(new AssertionId(id), request == null ? null : request.reason());
    }

    record RevokeRequest(String reason) {
    }
}
