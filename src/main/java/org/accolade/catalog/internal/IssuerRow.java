package org.accolade.catalog.internal;

import java.util.Locale;
import java.util.UUID;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.NewOrganisation;
import org.accolade.shared.OrganisationId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation as the issuer of its badges (ADR 17): the row keeps its id, and so every address of its badges. */
@Table("issuer")
public class IssuerRow {

    @Id
    private UUID id;
    private String slug;
    private String name;
    private String url;
    private String email;
    private String description;
    private String language;
    /** Written with the logo by {@code IssuerLogoStore}; read here. */
    @ReadOnlyProperty
    private String logoEtag;
    @Version
    private Long version;

    protected IssuerRow() {
    }

    /** A new organisation from a profile its service has checked. */
    public static IssuerRow create(NewOrganisation organisation) {
        var row = new IssuerRow();
        row.id = UUID.randomUUID();
        row.change(organisation);
        return row;
    }

    public void change(NewOrganisation organisation) {
        slug = organisation.key();
        language = organisation.language().getLanguage();
        name = organisation.name();
        url = organisation.website();
        email = organisation.email();
        description = organisation.description();
    }

    public Issuer toIssuer() {
        return new Issuer(new OrganisationId(id), slug, name, url, email, description, Locale.forLanguageTag(language),
                logoEtag);
    }
}
