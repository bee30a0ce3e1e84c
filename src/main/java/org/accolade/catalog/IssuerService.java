package org.accolade.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.accolade.catalog.internal.IssuerLogoStore;
import org.accolade.catalog.internal.IssuerRepository;
import org.accolade.catalog.internal.IssuerRow;
import org.accolade.community.InvitationService;
import org.accolade.community.Member;
import org.accolade.community.MemberService;
import org.accolade.community.Membership;
import org.accolade.community.ProfileFields;
import org.accolade.community.Role;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.accolade.shared.images.StoredImage;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the network, each the issuer of its badges (ADR 17). The operator creates them; each
 * organisation's admins edit its profile and logo, and an admin of another organisation is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class IssuerService {

    /** A refused logo names the field {@code logo} and the codes {@code issuer.logo.*}. */
    private static final ImageInspector LOGOS = new ImageInspector("issuer.logo", "logo");
    private static final ProfileFields FIELDS = new ProfileFields("organisation");

    private final IssuerRepository issuers;
    private final IssuerLogoStore logos;
    private final CurrentMember currentMember;
    private final MemberService members;
    private final InvitationService invitations;

    IssuerService(IssuerRepository issuers, IssuerLogoStore logos, CurrentMember currentMember,
            MemberService members, InvitationService invitations) {
        this.issuers = issuers;
        this.logos = logos;
        this.currentMember = currentMember;
        this.members = members;
        this.invitations = invitations;
    }

    /** The network's operator creates an organisation (the first start does, as one); its key is its own. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Issuer create(NewOrganisation organisation) {
        NewOrganisation checked = checked(organisation);
        checkKeyFree(checked.key());
        try {
            return issuers.save(IssuerRow.create(checked)).toIssuer();
        } catch (DuplicateKeyException raced) {
            throw keyTaken(checked.key());
        }
    }

    /**
     * The operator opens an organisation with its first admin (ADR 17): a person new to the network is invited, and
     * accepting makes them its admin; a person who has an account is its admin at once. A refused admin address
     * names the field {@code adminEmail} and creates nothing.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Issuer create(NewOrganisation organisation, FirstAdmin admin) {
        Issuer created = create(organisation);
        Membership membership = Membership.admin(created.id());
        try {
            Optional<Member> member = members.findByEmail(admin.email() == null ? "" : admin.email().strip())
                    .filter(Member::hasAccount);
            if (member.isPresent()) {
                members.grant(member.get().id(), membership);
            } else {
                invitations.inviteMember(admin.email(), admin.name(), admin.language(), Set.of(Role.MEMBER),
                        membership);
            }
        } catch (DomainException refused) {
            throw refused.field() == null ? refused : refused.onField("admin" + capitalised(refused.field()));
        }
        return created;
    }

    /**
     * Its admins edit the organisation's profile; only the operator changes its key, since addresses and filters
     * name it. Badges issued before show the new profile, at the same addresses.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Issuer update(OrganisationId id, NewOrganisation profile) {
        IssuerRow row = administered(id);
        NewOrganisation checked = checked(profile);
        if (!checked.key().equals(row.toIssuer().key())) {
            if (!currentMember.hasRole(Role.SYSTEM_ADMIN)) {
                throw DomainException.forbidden("organisation.key.operator-only");
            }
            checkKeyFree(checked.key());
        }
        row.change(checked);
        return issuers.save(row).toIssuer();
    }

    public Issuer get(OrganisationId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("organisation.unknown", null, id));
    }

    public Optional<Issuer> find(OrganisationId id) {
        return issuers.findById(id.value()).map(IssuerRow::toIssuer);
    }

    public Optional<Issuer> findByKey(String key) {
        return key == null ? Optional.empty() : issuers.findBySlug(key).map(IssuerRow::toIssuer);
    }

    /**
     * Replaces the organisation's logo, the image of its Open Badges profiles: a PNG or an SVG without scripts, at
     * most 512 KB, of the type it claims. A refused logo changes nothing and names the field {@code logo}. Badges
     * issued before keep the logo's address, which serves the new one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'SYSTEM_ADMIN')")
    public Issuer uploadLogo(OrganisationId id, ImageUpload upload) {
        IssuerRow organisation = administered(id);
        logos.store(organisation.toIssuer().id().value(), checkLogo(upload));
        return get(id);
    }

    /** The logo as it would be stored, or the refusal that names the field {@code logo}. */
    public StoredImage checkLogo(ImageUpload upload) {
        return new StoredImage(upload.content(), LOGOS.mediaTypeOf(upload));
    }

    /** The organisation's logo, for everyone; empty when it has none. */
    public Optional<StoredImage> logo(OrganisationId id) {
        return logos.find(get(id).id().value());
    }

    /** Every organisation of the network, by name: public, as their badges are. */
    public List<Issuer> all() {
        return issuers.findAllByOrderByName().stream().map(IssuerRow::toIssuer).toList();
    }

    /** The organisations the caller may edit, by name: those they administer, or all for the operator. */
    public List<Issuer> editable() {
        boolean operator = currentMember.hasRole(Role.SYSTEM_ADMIN);
        return all().stream().filter(issuer -> operator || currentMember.administers(issuer.id())).toList();
    }

    /** An organisation the caller administers, or the operator; another is unknown to them (ADR 17). */
    private IssuerRow administered(OrganisationId id) {
        IssuerRow row = issuers.findById(id.value())
                .orElseThrow(() -> DomainException.notFound("organisation.unknown", null, id));
        if (!currentMember.administers(id) && !currentMember.hasRole(Role.SYSTEM_ADMIN)) {
            throw DomainException.notFound("organisation.unknown", null, id);
        }
        return row;
    }

    private static NewOrganisation checked(NewOrganisation organisation) {
        String key = organisation.key() == null ? "" : organisation.key().strip();
        if (key.isEmpty()) {
            throw DomainException.invalid("organisation.key.required", "key");
        }
        if (!key.matches(NewOrganisation.KEY_PATTERN)) {
            throw DomainException.invalid("organisation.key.invalid", "key");
        }
        return new NewOrganisation(key, FIELDS.name(organisation.name()), FIELDS.website(organisation.website()),
                FIELDS.email(organisation.email()), FIELDS.description(organisation.description()),
                Locale.forLanguageTag(FIELDS.language(organisation.language())));
    }

    private void checkKeyFree(String key) {
        if (issuers.existsBySlug(key)) {
            throw keyTaken(key);
        }
    }

    private static String capitalised(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static DomainException keyTaken(String key) {
        return DomainException.conflict("organisation.key.taken", "key", key);
    }
}
