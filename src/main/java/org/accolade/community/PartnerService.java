package org.accolade.community;

import java.util.List;

import org.accolade.community.internal.Partner;
import org.accolade.community.internal.PartnerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    @Transactional
    public PartnerOrganisation create(String name, String website, String email, String description) {
        return partners.save(Partner.create(name, website, MemberService.normalizeEmail(email), description))
                .toOrganisation();
    }

    public List<PartnerOrganisation> all() {
        return partners.findAll().stream().map(Partner::toOrganisation).toList();
    }
}
