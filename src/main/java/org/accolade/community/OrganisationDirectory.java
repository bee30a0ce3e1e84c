package org.accolade.community;

import java.util.List;
import java.util.Optional;

import org.accolade.shared.OrganisationId;

/**
 * The organisations of the network, by name: the catalogue owns them (an organisation is an issuer) and depends on
 * this module, so it implements this for the screens here that name them.
 */
public interface OrganisationDirectory {

    /** Every organisation, sorted by name. */
    List<OrganisationSummary> all();

    Optional<OrganisationSummary> find(OrganisationId id);
}
