package org.accolade.catalog;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.accolade.catalog.internal.BadgeClassListing;
import org.accolade.catalog.internal.BadgeClassRepository;
import org.accolade.catalog.internal.BadgeClassRow;
import org.accolade.catalog.internal.BadgeImageStore;
import org.accolade.catalog.internal.PlaceholderImage;
import org.accolade.community.JuryId;
import org.accolade.community.JuryService;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerOrganisation;
import org.accolade.community.PartnerService;
import org.accolade.community.Role;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.TransactionCache;
import org.accolade.shared.images.ImageInspector;
import org.accolade.shared.images.ImageUpload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The badge classes: published ones for everyone, the others for their organisation's admins only (ADR 17), to whom
 * another organisation's badge class answers 404 exactly like an unknown one.
 */
@Service
@Transactional(readOnly = true)
public class BadgeClassService {

    /** A refused picture names the field {@code image} and the codes {@code badge-class.image.*}. */
    private static final ImageInspector IMAGES = new ImageInspector("badge-class.image", "image");

    private final BadgeClassRepository badgeClasses;
    private final BadgeClassListing listing;
    private final BadgeImageStore images;
    private final IssuerService issuers;
    private final JuryService juries;
    private final MemberService members;
    private final PartnerService partners;
    private final CurrentMember currentMember;

    BadgeClassService(BadgeClassRepository badgeClasses, BadgeClassListing listing, BadgeImageStore images,
            IssuerService issuers, JuryService juries, MemberService members, PartnerService partners,
            CurrentMember currentMember) {
        this.badgeClasses = badgeClasses;
        this.listing = listing;
        this.images = images;
        this.issuers = issuers;
        this.juries = juries;
        this.members = members;
        this.partners = partners;
        this.currentMember = currentMember;
    }

    /** The catalogue members choose from. */
    public List<BadgeClass> published() {
        return badgeClasses.findByStatusOrderByName(BadgeClassStatus.PUBLISHED).stream()
                .map(BadgeClassRow::toBadgeClass).toList();
    }

    /** The catalogue of one organisation. */
    public List<BadgeClass> published(OrganisationId organisation) {
        return badgeClasses.findByStatusAndIssuerIdOrderByName(BadgeClassStatus.PUBLISHED, organisation.value())
                .stream().map(BadgeClassRow::toBadgeClass).toList();
    }

    /** The catalogue of the organisation with this key ({@code college}); an unknown key is refused, naming it. */
    public List<BadgeClass> published(String organisationKey) {
        return published(issuers.findByKey(organisationKey).map(Issuer::id).orElseThrow(
                () -> DomainException.invalid("catalog.organisation.unknown", "organisation", organisationKey)));
    }

    /** The published badge classes' ids and names, for choosing one. */
    public Map<BadgeClassId, String> publishedNames() {
        Map<BadgeClassId, String> names = new LinkedHashMap<>();
        badgeClasses.findPublishedNames().forEach(row -> names.put(new BadgeClassId(row.id()), row.name()));
        return names;
    }

    public Optional<BadgeClass> find(BadgeClassId id) {
        return Optional.ofNullable(TransactionCache.get(BadgeClassRow.class, id,
                () -> badgeClasses.findById(id.value()).map(BadgeClassRow::toBadgeClass).orElse(null)));
    }

    public BadgeClass get(BadgeClassId id) {
        return find(id).orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
    }

    /** The ids of the issuer's badge classes, any status, read in one statement. */
    public Set<BadgeClassId> idsOfIssuer(OrganisationId issuer) {
        return badgeClasses.findIdsByIssuerId(issuer.value()).stream().map(BadgeClassId::new)
                .collect(Collectors.toSet());
    }

    public Optional<BadgeClass> findByKey(String key) {
        return badgeClasses.findBySlug(key).map(BadgeClassRow::toBadgeClass);
    }

    /**
     * The badge classes of the caller's organisations, any status, a page at a time in name order; a null status
     * means all.
     */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public List<BadgeClassSummary> page(BadgeClassStatus status, int offset, int limit) {
        List<BadgeClassListing.Line> lines = listing.page(currentMember.administered(), status, offset, limit);
        Map<JuryId, Integer> jurySizes = juries.sizes(
                lines.stream().map(line -> new JuryId(line.juryId())).collect(Collectors.toSet()));
        return lines.stream().map(line -> new BadgeClassSummary(new BadgeClassId(line.id()),
                new OrganisationId(line.issuerId()), line.name(), line.slug(), line.status(), line.reviewPolicy(),
                jurySizes.get(new JuryId(line.juryId())))).toList();
    }

    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public int count(BadgeClassStatus status) {
        return listing.count(currentMember.administered(), status);
    }

    /** The caller's organisations' badge classes' names by id, any status: what they pick prerequisites from. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public Map<BadgeClassId, String> names() {
        return listing.names(currentMember.administered());
    }

    /** The tags already in use in the caller's organisations, to suggest them. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public SortedSet<String> tags() {
        return listing.tags(currentMember.administered());
    }

    /** The organisations the caller designs badge classes for, by name. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public List<Issuer> organisations() {
        return currentMember.administered().stream().map(issuers::get).sorted(Comparator.comparing(Issuer::name))
                .toList();
    }

    /** What the editor shows for an existing badge class, with its jury. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClassForm form(BadgeClassId id) {
        BadgeClass badge = administeredRow(id).toBadgeClass();
        return BadgeClassForm.of(badge, juries.members(badge.review().jury()));
    }

    /**
     * A new draft reviewed by a jury of its organisation that already exists (the demo network's classes share
     * one), with the same checks of what it names as {@link #create(BadgeClassForm)}.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClass create(NewBadgeClass definition) {
        checkAdministers(definition.issuerId());
        if (!juries.organisationOf(definition.review().jury()).equals(definition.issuerId())) {
            throw DomainException.invalid("badge-class.jurors.outside", "jurors");
        }
        BadgeClassRow row = BadgeClassRow.draft(definition);
        checkReferences(row, definition.prerequisites(), definition.endorsers(),
                juries.members(definition.review().jury()));
        return save(row);
    }

    /**
     * A new draft written by an admin in one of their organisations (the form's, else their only one), with a jury
     * of its own made of the chosen members of that organisation.
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClass create(BadgeClassForm form) {
        OrganisationId organisation = form.organisationId() != null ? form.organisationId() : onlyAdministered();
        checkAdministers(organisation);
        BadgeClassRow row = BadgeClassRow.draft(organisation, form);
        checkReferences(row, form.prerequisites(), form.endorsers(), form.jurors());
        row.reviewedBy(juries.create(row.issuerId(), row.name(), form.jurors()));
        return save(row);
    }

    /** An admin's changes to a draft or published badge class, its jury included; its organisation stays. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClass update(BadgeClassId id, BadgeClassForm form) {
        BadgeClassRow row = administeredRow(id);
        if (form.organisationId() != null && !form.organisationId().equals(row.issuerId())) {
            throw DomainException.invalid("badge-class.organisation.fixed", "organisationId");
        }
        row.revise(form);
        checkReferences(row, form.prerequisites(), form.endorsers(), form.jurors());
        if (badgeClasses.countByJuryId(row.juryId().value()) > 1) {
            // The jury is shared with other classes: changing it here must not change theirs.
            if (!Set.copyOf(juries.members(row.juryId())).equals(form.jurors())) {
                row.reviewedBy(juries.create(row.issuerId(), row.name(), form.jurors()));
            }
        } else {
            juries.replaceMembers(row.juryId(), form.jurors());
        }
        return save(row);
    }

    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClass publish(BadgeClassId id) {
        BadgeClassRow row = administeredRow(id);
        row.publish();
        return save(row);
    }

    /** No longer offered for nominations; those already under way go on to their end. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeClass archive(BadgeClassId id) {
        BadgeClassRow row = administeredRow(id);
        row.archive();
        return save(row);
    }

    /**
     * Checks an image as {@link #uploadImage} would, without storing it: a PNG or an SVG without scripts, at most
     * 512 KB, of the type it claims. Refuses with the reason, field {@code image}.
     */
    public BadgeImage checkImage(ImageUpload upload) {
        return new BadgeImage(upload.content(), IMAGES.mediaTypeOf(upload), false);
    }

    /** Stores the badge class's picture once it passed {@link #checkImage}; a refused image changes nothing. */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public BadgeImage uploadImage(BadgeClassId id, ImageUpload upload) {
        BadgeImage image = checkImage(upload);
        BadgeClassRow row = administeredRow(id);
        if (row.status() == BadgeClassStatus.ARCHIVED) {
            throw DomainException.conflict("badge-class.archived-readonly", "status");
        }
        images.store(id.value(), image.content(), image.mediaType());
        return image;
    }

    /** The badge class's picture, for everyone: the uploaded one, else a placeholder with its initials. */
    public BadgeImage image(BadgeClassId id) {
        BadgeClass badge = get(id);
        return images.find(id.value()).orElseGet(() -> PlaceholderImage.of(badge.name(), badge.key()));
    }

    /** The badge class, if the caller administers its organisation: another's is as unknown as a missing one. */
    private BadgeClassRow administeredRow(BadgeClassId id) {
        return badgeClasses.findById(id.value()).filter(row -> currentMember.administers(row.issuerId()))
                .orElseThrow(() -> DomainException.notFound("badge-class.unknown", "badgeClassId"));
    }

    private void checkAdministers(OrganisationId organisation) {
        if (!currentMember.administers(organisation)) {
            throw DomainException.notFound("organisation.unknown", "organisationId");
        }
    }

    /** The organisation a form that names none is for: the caller's, when they administer only one. */
    private OrganisationId onlyAdministered() {
        Set<OrganisationId> administered = currentMember.administered();
        if (administered.size() != 1) {
            throw DomainException.invalid("badge-class.required", "organisationId");
        }
        return administered.iterator().next();
    }

    /**
     * What the row cannot know by itself: a free key, prerequisites the caller may see (published, or of their
     * organisations), endorsers that exist and jurors who are members of the badge class's organisation.
     */
    private void checkReferences(BadgeClassRow row, Set<BadgeClassId> prerequisites, Set<PartnerId> endorsers,
            Collection<MemberId> jurors) {
        if (badgeClasses.existsBySlugAndIdNot(row.key(), row.id().value())) {
            throw DomainException.conflict("badge-class.key.taken", "key", row.key());
        }
        for (BadgeClassId prerequisite : prerequisites) {
            if (find(prerequisite).filter(badge -> badge.isPublished()
                    || currentMember.administers(badge.issuerId())).isEmpty()) {
                throw DomainException.invalid("badge-class.prerequisite.unknown", "prerequisites");
            }
        }
        refuseCycle(row.id(), prerequisites);
        Set<PartnerId> knownPartners = partners.all().stream().map(PartnerOrganisation::id)
                .collect(Collectors.toSet());
        if (!knownPartners.containsAll(endorsers)) {
            throw DomainException.invalid("badge-class.endorser.unknown", "endorsers");
        }
        for (MemberId juror : jurors) {
            if (members.find(juror).filter(member -> member.roles().contains(Role.MEMBER)).isEmpty()) {
                throw DomainException.invalid("badge-class.jurors.unknown", "jurors");
            }
            if (members.memberships(juror).stream().noneMatch(held -> held.organisation().equals(row.issuerId()))) {
                throw DomainException.invalid("badge-class.jurors.outside", "jurors");
            }
        }
    }

    /** A prerequisite that needs, however indirectly, the badge class itself could never be earned. */
    private void refuseCycle(BadgeClassId self, Set<BadgeClassId> prerequisites) {
        Set<BadgeClassId> seen = new HashSet<>();
        Deque<BadgeClassId> pending = new ArrayDeque<>(prerequisites);
        while (!pending.isEmpty()) {
            BadgeClassId next = pending.pop();
            if (next.equals(self)) {
                throw DomainException.invalid("badge-class.prerequisite.cycle", "prerequisites");
            }
            if (seen.add(next)) {
                find(next).ifPresent(badge -> pending.addAll(badge.prerequisites()));
            }
        }
    }

    private BadgeClass save(BadgeClassRow row) {
        return badgeClasses.save(row).toBadgeClass();
    }
}
