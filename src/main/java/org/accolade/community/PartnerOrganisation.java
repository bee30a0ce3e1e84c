package org.accolade.community;

/** A company, museum or school board that endorses badges through an emailed link, without an account. */
public record PartnerOrganisation(PartnerId id, String name, String website, String email, String description) {
}
