package org.accolade.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.accolade.catalog.Issuer;
import org.accolade.community.OrganisationDirectory;
import org.accolade.community.OrganisationSummary;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The community module's view of the organisations: the issuers, which this module owns. It reads their table,
 * not {@code IssuerService}, which uses the community module's members to open an organisation with its admin.
 */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final IssuerRepository issuers;

    OrganisationDirectoryAdapter(IssuerRepository issuers) {
        this.issuers = issuers;
    }

    @Override
    public List<OrganisationSummary> all() {
        return issuers.findAllByOrderByName().stream().map(IssuerRow::toIssuer)
                .map(OrganisationDirectoryAdapter::summary).toList();
    }

    @Override
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return issuers.findById(id.value()).map(IssuerRow::toIssuer).map(OrganisationDirectoryAdapter::summary);
    }

    private static OrganisationSummary summary(Issuer issuer) {
        return new OrganisationSummary(issuer.id(), issuer.key(), issuer.name());
    }
}
