package org.accolade.issuance.web;

import java.util.List;
import java.util.UUID;

import org.accolade.issuance.CredentialKeyService;
import org.accolade.shared.OrganisationId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/issuers/{id}/keys/rotate}: issuer admins (checked by the service). */
@RestController
@RequestMapping("/api/v1/admin/issuers/{id}/keys")
class CredentialKeyController {

    private final CredentialKeyService keys;

    CredentialKeyController(CredentialKeyService keys) {
        this.keys = keys;
    }

    record Rotated(List<String> verificationMethods) {
    }

    @PostMapping("/rotate")
    Rotated rotate(@PathVariable UUID id) {
        return new Rotated(keys.rotate(new OrganisationId(id)));
    }
}
