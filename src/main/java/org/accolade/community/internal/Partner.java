package org.accolade.community.internal;

import java.util.Locale;
import java.util.UUID;

import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.ProfileFields;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner organisation's profile. It accepts a form only when every field passes, so a refusal changes nothing.
 * The logo's type and fingerprint are read here; {@link PartnerLogoStore} writes them with the logo itself.
 */
@Table("partner")
public class Partner {

    private static final ProfileFields FIELDS = new ProfileFields("partner");

    @Id
    private UUID id;
    private String name;
    private String website;
    private String email;
    private String description;
    private String language;
    @ReadOnlyProperty
    private String logoType;
    @ReadOnlyProperty
    private String logoEtag;
    @Version
    private Long version;

    protected Partner() {
    }

    public static Partner create(PartnerForm form) {
        var partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.change(form);
        return partner;
    }

    public void change(PartnerForm form) {
        String checkedName = FIELDS.name(form.name());
        String checkedWebsite = FIELDS.website(form.website());
        String checkedEmail = FIELDS.email(form.email());
        String checkedDescription = FIELDS.description(form.description());
        String checkedLanguage = FIELDS.language(form.language());
        name = checkedName;
        website = checkedWebsite;
        email = checkedEmail;
        description = checkedDescription;
        language = checkedLanguage;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public PartnerOrganisation toOrganisation() {
        return new PartnerOrganisation(new PartnerId(id), name, website, email, description,
                logoType == null ? null : logoEtag, Locale.forLanguageTag(language));
    }
}
