package org.accolade.community;

/**
 * What an issuer admin writes about a partner organisation: its name, website, the address its endorsement
 * requests go to, and a description. The service trims, checks and refuses field by field.
 */
public record PartnerForm(String name, String website, String email, String description) {

    public static PartnerForm blank() {
        return new PartnerForm("", "", "", "");
    }

    public static PartnerForm of(PartnerOrganisation partner) {
        return new PartnerForm(partner.name(), partner.website(), partner.email(),
                partner.description() == null ? "" : partner.description());
    }
}
