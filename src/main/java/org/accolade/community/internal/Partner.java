package org.accolade.community.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.UUID;

import org.accolade.community.Languages;
import org.accolade.community.PartnerForm;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.shared.DomainException;
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
        String checkedName = name(form.name());
        String checkedWebsite = website(form.website());
        String checkedEmail = email(form.email());
        String checkedDescription = description(form.description());
        String checkedLanguage = language(form.language());
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

    private static String language(Locale value) {
        if (value == null || !Languages.isSupported(value.getLanguage())) {
            throw DomainException.invalid("partner.language", "language");
        }
        return value.getLanguage();
    }

    private static String name(String value) {
        String text = stripped(value);
        if (text.isEmpty()) {
            throw DomainException.invalid("partner.name.required", "name");
        }
        if (text.length() > PartnerForm.NAME_MAX_LENGTH) {
            throw DomainException.invalid("partner.name.too-long", "name", PartnerForm.NAME_MAX_LENGTH);
        }
        return text;
    }

    /** Partners are linked to from endorsements and badge pages: only a full web address will do. */
    private static String website(String value) {
        String url = stripped(value);
        if (url.isEmpty()) {
            throw DomainException.invalid("partner.website.required", "website");
        }
        if (url.length() > PartnerForm.WEBSITE_MAX_LENGTH) {
            throw DomainException.invalid("partner.website.too-long", "website", PartnerForm.WEBSITE_MAX_LENGTH);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUrl) {
            // refused below, like any other address that is not a web page's
        }
        throw DomainException.invalid("partner.website.invalid", "website");
    }

    private static String email(String value) {
        if (stripped(value).isEmpty()) {
            throw DomainException.invalid("partner.email.required", "email");
        }
        return EmailAddress.parse(value, "partner.email.invalid");
    }

    private static String description(String value) {
        String text = stripped(value);
        if (text.length() > PartnerForm.DESCRIPTION_MAX_LENGTH) {
            throw DomainException.invalid("partner.description.too-long", "description",
                    PartnerForm.DESCRIPTION_MAX_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    private static String stripped(String value) {
        return value == null ? "" : value.strip();
    }
}
