package org.accolade.community;

import java.util.List;
import java.util.Optional;

import org.accolade.community.internal.Partner;
import org.accolade.community.internal.PartnerLogoStore;
import org.accolade.community.internal.PartnerRepository;
import org.accolade.shared.DomainException;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of partner organisations, kept by the issuer admins. A partner's profile and logo are public (the
 * endorsement page and the Open Badges profiles show them); listing and changing them is for issuer admins.
 */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    /** The most partners one page may ask for. */
    public static final int MAX_PAGE = 200;
    /** A refused logo names the field {@code logo} and the codes {@code partner.logo.*}. */
    private static final ImageInspector LOGOS = new ImageInspector("partner.logo", "logo");

    private final PartnerRepository partners;
    private final PartnerLogoStore logos;

    PartnerService(PartnerRepository partners, PartnerLogoStore logos) {
        this.partners = partners;
        this.logos = logos;
    }

    public Optional<PartnerOrganisation> find(PartnerId id) {
        return partners.findById(id.value()).map(Partner::toOrganisation);
    }

    public PartnerOrganisation get(PartnerId id) {
        return row(id).toOrganisation();
    }

    /** Every partner, by name: few enough to offer them all as a badge class's endorsers. */
    public List<PartnerOrganisation> all() {
        return partners.allByName().stream().map(Partner::toOrganisation).toList();
    }

    /** One page of the directory, by name. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public List<PartnerOrganisation> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("partner.page.invalid", "limit", MAX_PAGE);
        }
        return partners.page(offset, limit).stream().map(Partner::toOrganisation).toList();
    }

    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public int count() {
        return (int) partners.count();
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public PartnerOrganisation create(PartnerForm form) {
        return save(Partner.create(form));
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public PartnerOrganisation update(PartnerId id, PartnerForm form) {
        Partner partner = row(id);
        partner.change(form);
        return save(partner);
    }

    /**
     * Checks a logo as {@link #uploadLogo} would, without storing it: a PNG or an SVG without scripts, at most
     * 512 KB, of the type it claims. Refuses with the reason, field {@code logo}.
     */
    public StoredImage checkLogo(ImageUpload upload) {
        return new StoredImage(upload.content(), LOGOS.mediaTypeOf(upload));
    }

    /** Replaces the partner's logo once it passed {@link #checkLogo}; a refused logo changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public PartnerOrganisation uploadLogo(PartnerId id, ImageUpload upload) {
        StoredImage logo = checkLogo(upload);
        Partner partner = row(id);
        logos.store(partner.id(), logo);
        return get(id);
    }

    /** The partner's logo, for everyone; empty when it has none. */
    public Optional<StoredImage> logo(PartnerId id) {
        return logos.find(row(id).id());
    }

    private PartnerOrganisation save(Partner partner) {
        if (partners.existsByEmailAndIdNot(partner.email(), partner.id())) {
            throw DomainException.conflict("partner.email.taken", "email", partner.email());
        }
        return partners.save(partner).toOrganisation();
    }

    private Partner row(PartnerId id) {
        return partners.findById(id.value()).orElseThrow(() -> DomainException.notFound("partner.unknown", null));
    }
}
