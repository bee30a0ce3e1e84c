package org.accolade.catalog.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.OrganisationDirectory;
import org.accolade.community.OrganisationSummary;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Component;

/** The community module's view of the organisations: the issuers, which this module owns. */
@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final IssuerService issuers;

    OrganisationDirectoryAdapter(IssuerService issuers) {
        this.issuers = issuers;
    }

    @Override
    public List<OrganisationSummary> all() {
        return issuers.all().stream().map(OrganisationDirectoryAdapter::summary)
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return issuers.find(id).map(OrganisationDirectoryAdapter::summary);
    }

    private static OrganisationSummary summary(Issuer issuer) {
        return new OrganisationSummary(issuer.id(), issuer.key(), issuer.name());
    }
}
