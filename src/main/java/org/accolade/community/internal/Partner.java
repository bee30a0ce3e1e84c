package org.accolade.community.internal;

import java.util.UUID;

import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("partner")
public class Partner {

    @Id
    private UUID id;
    private String name;
    private String website;
    private String email;
    private String description;
    @Version
    private Long version;

    protected Partner() {
    }

    public static Partner create(String name, String website, String email, String description) {
        var partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.name = name;
        partner.website = website;
        partner.email = email;
        partner.description = description;
        return partner;
    }

    public PartnerOrganisation toOrganisation() {
        return new PartnerOrganisation(new PartnerId(id), name, website, email, description);
    }
}
