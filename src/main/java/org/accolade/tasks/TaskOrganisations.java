package org.accolade.tasks;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.OrganisationRole;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The organisations a task list is filtered by ({@link TaskFilter#organisation()}): the caller's, and by name. */
@Service
@PreAuthorize("hasRole('MEMBER')")
public class TaskOrganisations {

    private final IssuerService issuers;
    private final CurrentMember currentMember;

    TaskOrganisations(IssuerService issuers, CurrentMember currentMember) {
        this.issuers = issuers;
        this.currentMember = currentMember;
    }

    /** The organisations the caller belongs to, in whatever role, by name. */
    public List<Issuer> mine() {
        return Arrays.stream(OrganisationRole.values()).flatMap(role -> currentMember.organisations(role).stream())
                .distinct().map(issuers::get).sorted(Comparator.comparing(Issuer::name)).toList();
    }

    /**
     * The organisation named by its id or its key, as a filter gives it.
     *
     * @throws DomainException 400 naming the value when no organisation has it
     */
    public OrganisationId named(String idOrKey) {
        String value = idOrKey.strip();
        return byId(value).or(() -> issuers.findByKey(value)).map(Issuer::id).orElseThrow(
                () -> DomainException.invalid("task.organisation.unknown", "organisation", value));
    }

    private Optional<Issuer> byId(String value) {
        try {
            return issuers.find(new OrganisationId(UUID.fromString(value)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
