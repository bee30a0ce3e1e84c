package org.accolade.endorsement.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.shared.DomainException;
import org.springframework.stereotype.Component;

/** The partners, through the community module's API, refused with the endorsement's own problem when unknown. */
@Component
public class PartnerDirectory {

    private final PartnerService partners;

    PartnerDirectory(PartnerService partners) {
        this.partners = partners;
    }

    public Optional<PartnerOrganisation> find(PartnerId id) {
        return partners.find(id);
    }

    public PartnerOrganisation get(PartnerId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("endorsement.partner.unknown", "partnerId"));
    }

    public Map<PartnerId, PartnerOrganisation> byId() {
        return partners.all().stream().collect(Collectors.toMap(PartnerOrganisation::id, Function.identity()));
    }
}
