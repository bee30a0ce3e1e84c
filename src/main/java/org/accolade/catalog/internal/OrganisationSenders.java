package org.accolade.catalog.internal;

import java.util.Optional;

import org.accolade.mail.SenderDirectory;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** The organisations' names for the mails about them, read from their rows (IssuerService needs the mail). */
@Component
class OrganisationSenders implements SenderDirectory {

    private final IssuerRepository organisations;

    OrganisationSenders(IssuerRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<String> nameOf(OrganisationId organisation) {
        return organisations.findById(organisation.value()).map(row -> row.toIssuer().name());
    }
}
