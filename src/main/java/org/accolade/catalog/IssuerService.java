package org.accolade.catalog;

import org.accolade.shared.OrganisationId;
import java.util.List;
import java.util.Optional;

import org.accolade.catalog.internal.IssuerLogoStore;
import org.accolade.catalog.internal.IssuerRepository;
import org.accolade.catalog.internal.IssuerRow;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IssuerService {

    /** A refused logo names the field {@code logo} and the codes {@code issuer.logo.*}. */
    private static final ImageInspector LOGOS = new ImageInspector("issuer.logo", "logo");

    private final IssuerRepository issuers;
    private final IssuerLogoStore logos;

    IssuerService(IssuerRepository issuers, IssuerLogoStore logos) {
        this.issuers = issuers;
        this.logos = logos;
    }

    /** The network's operator creates an organisation (the first start does, as one); its key is its own. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Issuer create(NewOrganisation organisation) {
        if (issuers.existsBySlug(organisation.key())) {
            throw DomainException.conflict("organisation.key.taken", "key", organisation.key());
        }
        return issuers.save(IssuerRow.create(organisation)).toIssuer();
    }

    public Optional<Issuer> findByKey(String key) {
        return issuers.findBySlug(key).map(IssuerRow::toIssuer);
    }

    public Issuer get(OrganisationId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("issuer.unknown", null, id));
    }

    public Optional<Issuer> find(OrganisationId id) {
        return issuers.findById(id.value()).map(IssuerRow::toIssuer);
    }

    /**
     * Replaces the issuer's logo, the image of its Open Badges profiles: a PNG or an SVG without scripts, at most
     * 512 KB, of the type it claims. A refused logo changes nothing and names the field {@code logo}. Badges issued
     * before keep the logo's address, which serves the new one.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public Issuer uploadLogo(OrganisationId id, ImageUpload upload) {
        StoredImage logo = new StoredImage(upload.content(), LOGOS.mediaTypeOf(upload));
        logos.store(get(id).id().value(), logo);
        return get(id);
    }

    /** The issuer's logo, for everyone; empty when it has none. */
    public Optional<StoredImage> logo(OrganisationId id) {
        return logos.find(get(id).id().value());
    }

    public List<Issuer> all() {
        return issuers.findAll().stream().map(IssuerRow::toIssuer).toList();
    }
}
