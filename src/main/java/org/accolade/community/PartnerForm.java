package org.accolade.community;

import java.util.Locale;

/**
 * What an issuer admin writes about a partner organisation: its name, website, the address its endorsement
 * requests go to, a description, and the language those emails are written in. The service trims, checks and
 * refuses field by field.
 */
public record PartnerForm(String name, String website, String email, String description, Locale language) {

    /** The longest texts a partner keeps, for the service's checks and the editor's fields alike. */
    public static final int NAME_MAX_LENGTH = ProfileFields.NAME_MAX_LENGTH;
    public static final int WEBSITE_MAX_LENGTH = ProfileFields.WEBSITE_MAX_LENGTH;
    public static final int DESCRIPTION_MAX_LENGTH = ProfileFields.DESCRIPTION_MAX_LENGTH;

    /** In French, the first users' language, unless said otherwise. */
    public PartnerForm {
        language = language == null ? Locale.FRENCH : language;
    }

    public PartnerForm(String name, String website, String email, String description) {
        this(name, website, email, description, null);
    }

    public static PartnerForm blank() {
        return new PartnerForm("", "", "", "");
    }

    public static PartnerForm of(PartnerOrganisation partner) {
        return new PartnerForm(partner.name(), partner.website(), partner.email(),
                partner.description() == null ? "" : partner.description(), partner.language());
    }
}
