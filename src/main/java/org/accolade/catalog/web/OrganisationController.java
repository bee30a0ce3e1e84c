package org.accolade.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accolade.catalog.FirstAdmin;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.catalog.NewOrganisation;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations of the network (DESIGN section 9): listed for everyone, as their badges are; created by the
 * operator with their first admin; their profile edited by their admins.
 */
@RestController
class OrganisationController {

    /** An organisation as anyone may read it; {@code logo} is the address of its logo, null without one. */
    record OrganisationEntry(UUID id, String key, String name, String website, String description, String language,
            String logo) {

        static OrganisationEntry of(Issuer organisation) {
            return new OrganisationEntry(organisation.id().value(), organisation.key(), organisation.name(),
                    organisation.url(), organisation.description(), organisation.language().getLanguage(),
                    organisation.hasLogo() ? "/api/v1/issuers/" + organisation.id() + "/logo" : null);
        }
    }

    /** A new organisation and who runs it; {@code admin*} name its first admin. */
    record NewOrganisationRequest(String key, String name, String website, String email, String description,
            String language, String adminEmail, String adminName, String adminLanguage) {

        NewOrganisation organisation() {
            return new NewOrganisation(key, name, website, email, description, locale(language));
        }

        FirstAdmin admin() {
            return new FirstAdmin(adminEmail, adminName, adminLanguage == null ? locale(language)
                    : locale(adminLanguage));
        }
    }

    /** A profile as its admins change it; the key changes only for the operator. */
    record OrganisationProfile(String key, String name, String website, String email, String description,
            String language) {

        NewOrganisation organisation() {
            return new NewOrganisation(key, name, website, email, description, locale(language));
        }
    }

    private final IssuerService organisations;

    OrganisationController(IssuerService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/organisations")
    List<OrganisationEntry> list() {
        return organisations.all().stream().map(OrganisationEntry::of).toList();
    }

    @GetMapping("/api/v1/organisations/{key}")
    OrganisationEntry get(@PathVariable String key) {
        return organisations.findByKey(key).map(OrganisationEntry::of)
                .orElseThrow(() -> DomainException.notFound("organisation.unknown", null, key));
    }

    @PostMapping("/api/v1/admin/organisations")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<OrganisationEntry> create(@RequestBody NewOrganisationRequest request) {
        Issuer created = organisations.create(request.organisation(), request.admin());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.key()))
                .body(OrganisationEntry.of(created));
    }

    @PutMapping("/api/v1/admin/organisations/{id}")
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    OrganisationEntry update(@PathVariable UUID id, @RequestBody OrganisationProfile profile) {
        return OrganisationEntry.of(organisations.update(new OrganisationId(id), profile.organisation()));
    }

    /** A language as the API spells it ({@code fr}, {@code en}); the checks refuse an unsupported one. */
    private static Locale locale(String language) {
        return language == null || language.isBlank() ? null : Locale.forLanguageTag(language.strip());
    }
}
