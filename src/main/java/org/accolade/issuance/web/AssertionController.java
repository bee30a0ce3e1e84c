package org.accolade.issuance.web;

import java.util.List;

import org.accolade.shared.DomainException;
import org.accolade.issuance.AssertionService;
import org.accolade.issuance.IssuedBadge;
import org.springframework.web.bind.annotation.GetMapping;
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
}
