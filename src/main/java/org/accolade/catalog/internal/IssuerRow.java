package org.accolade.catalog.internal;

import java.util.UUID;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("issuer")
public class IssuerRow {

    @Id
    private UUID id;
    private String name;
    private String url;
    private String email;
    private String description;
    /** Written with the logo by {@code IssuerLogoStore}; read here. */
    @ReadOnlyProperty
    private String logoEtag;
    @Version
    private Long version;

    protected IssuerRow() {
    }

    public static IssuerRow create(String name, String url, String email, String description) {
        var row = new IssuerRow();
        row.id = UUID.randomUUID();
        row.name = name;
        row.url = url;
        row.email = email;
        row.description = description;
        return row;
    }

    public Issuer toIssuer() {
        return new Issuer(new IssuerId(id), name, url, email, description, logoEtag);
    }
}
