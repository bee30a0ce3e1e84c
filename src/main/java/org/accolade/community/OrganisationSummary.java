package org.accolade.community;

import org.accolade.shared.OrganisationId;

/** An organisation as people pick it in a list: its id, its key ({@code college}) and its name. */
public record OrganisationSummary(OrganisationId id, String key, String name) {
}
