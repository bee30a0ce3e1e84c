package org.accolade.issuance;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeImage;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.IssuerService;
import org.accolade.community.Member;
import org.accolade.community.MemberId;
import org.accolade.community.MemberService;
import org.accolade.issuance.internal.AssertionPayload;
import org.accolade.issuance.internal.AssertionRecord;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.issuance.internal.BadgeBakery;
import org.accolade.issuance.internal.BakedImageStore;
import org.accolade.issuance.internal.OpenBadges3Issuance;
import org.accolade.issuance.baking.SvgBaker.Standard;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issued badges: issuing one per nomination, baking it, showing it, and revoking it. */
@Service
@Transactional(readOnly = true)
public class AssertionService {

    /** The longest revocation reason, which the Open Badges documents and the mail carry. */
    public static final int MAX_REASON = 1000;

    private final AssertionRepository assertions;
    private final BakedImageStore bakedImages;
    private final AssertionPayload payloads;
    private final BadgeBakery bakery;
    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private final MemberService members;
    private final RevocationNotice revocationNotice;
    private final EndorsementIssuance endorsements;
    private final OpenBadges3Issuance credentials;
    private final OpenBadgesUrls urls;
    private final CurrentMember currentMember;
    private final Clock clock;

    AssertionService(AssertionRepository assertions, BakedImageStore bakedImages, AssertionPayload payloads,
            BadgeBakery bakery, BadgeClassService badgeClasses, IssuerService issuers, MemberService members,
            RevocationNotice revocationNotice, EndorsementIssuance endorsements, OpenBadges3Issuance credentials,
            OpenBadgesUrls urls, CurrentMember currentMember, Clock clock) {
        this.assertions = assertions;
        this.bakedImages = bakedImages;
        this.payloads = payloads;
        this.bakery = bakery;
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        this.members = members;
        this.revocationNotice = revocationNotice;
        this.endorsements = endorsements;
        this.credentials = credentials;
        this.urls = urls;
        this.currentMember = currentMember;
        this.clock = clock;
    }

    /**
     * Creates the assertion unless this nomination already has one, signs it when its badge class asks for it, and
     * bakes it into the badge picture. Two concurrent runs cannot both insert: the unique nomination id makes the
     * second fail and its job retry, and the retry finds the first one's badge.
     */
    @Transactional
    public Issuance issue(IssueBadge command) {
        return assertions.findByNominationId(command.nominationId())
                .map(existing -> new Issuance(existing.toIssuedBadge(), false))
                .orElseGet(() -> new Issuance(create(command), true));
    }

    private IssuedBadge create(IssueBadge command) {
        BadgeClass badge = badgeClasses.get(command.badgeClassId());
        AssertionRecord record = AssertionRecord.issue(command, badge.issuerId(), clock.instant(), badge.validity(),
                badge.verification());
        String payload = payloads.of(record, badge);
        AssertionRecord saved = assertions.save(record);
        BadgeImage picture = badgeClasses.image(badge.id());
        bakedImages.save(saved.id().value(), Standard.OPEN_BADGES_2,
                bakery.bake(Standard.OPEN_BADGES_2, payload, picture, badge.key()));
        credentials.issue(saved, badge, issuers.get(badge.issuerId()), picture);
        return saved.toIssuedBadge();
    }

    public boolean holdsValid(MemberId member, BadgeClassId badgeClass) {
        return assertions.findByRecipientIdAndBadgeClassId(member.value(), badgeClass.value()).stream()
                .map(AssertionRecord::toIssuedBadge)
                .anyMatch(badge -> badge.isValidAt(clock.instant()));
    }

    /** The caller's badges, newest first. */
    @PreAuthorize("hasRole('MEMBER')")
    public List<IssuedBadge> heldByCaller() {
        return assertions.findByRecipientIdOrderByIssuedOnDesc(currentMember.id().value()).stream()
                .map(AssertionRecord::toIssuedBadge).toList();
    }

    /** Public: what the badge's page shows anyone who has its address. */
    public Optional<PublicBadge> publicBadge(AssertionId id) {
        return assertions.findById(id.value()).map(this::toPublicBadge);
    }

    /**
     * Public: the image as baked at issuance with the 2.0 assertion or the 3.0 credential; {@code mediaType} is
     * {@link BakedImage#PNG} or {@link BakedImage#SVG}.
     */
    public Optional<BakedImage> bakedImage(AssertionId id, Standard standard, String mediaType) {
        return bakedImages.find(id.value(), standard, mediaType);
    }

    /**
     * Revokes the badge and tells its holder why. Revoking is final; revoking again is refused, so the first
     * reason stands. Only the admins of the organisation that awarded it may: to others it is unknown (ADR 17).
     */
    @Transactional
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public IssuedBadge revoke(AssertionId id, String reason) {
        String why = requireReason(reason);
        AssertionRecord record = assertions.findById(id.value())
                .filter(found -> currentMember.administers(found.organisation()))
                .orElseThrow(() -> DomainException.notFound("assertion.unknown", null, id));
        if (!record.revoke(why, clock.instant())) {
            throw DomainException.conflict("assertion.already-revoked", null, id);
        }
        AssertionRecord saved = assertions.save(record);
        revocationNotice.send(saved, badgeClasses.get(saved.badgeClassId()));
        return saved.toIssuedBadge();
    }

    /** The badges the caller's organisations issued, newest first. */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public List<AssertionSummary> page(int offset, int limit) {
        List<AssertionRecord> records = assertions.findNewestFirst(administered(), Math.max(offset, 0),
                Math.max(limit, 0));
        // A member may hold several of the badges on the page: each is read once.
        Map<MemberId, Member> holders = members.getAll(records.stream().map(AssertionRecord::recipientId).distinct()
                .toList()).stream().collect(Collectors.toMap(Member::id, Function.identity()));
        Map<BadgeClassId, String> names = badgeClasses.names();
        return records.stream().map(record -> summary(record, holders.get(record.recipientId()),
                names.getOrDefault(record.badgeClassId(), ""))).toList();
    }

    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public int count() {
        return (int) assertions.countOf(administered());
    }

    private List<UUID> administered() {
        return currentMember.administered().stream().map(OrganisationId::value).toList();
    }

    private static AssertionSummary summary(AssertionRecord record, Member holder, String badgeName) {
        return new AssertionSummary(record.id(), record.badgeClassId(), record.organisation(), badgeName,
                record.recipientId(),
                holder == null ? "" : holder.displayName(), record.recipientEmail(), record.issuedOn(),
                record.expires(), record.revokedAt(), record.revocationReason());
    }

    private PublicBadge toPublicBadge(AssertionRecord record) {
        BadgeClass badge = badgeClasses.get(record.badgeClassId());
        Issuer issuer = issuers.get(badge.issuerId());
        String holder = members.find(record.recipientId()).map(Member::displayName).orElse("");
        boolean shown = record.publicConsent();
        List<String> images = bakedImages.mediaTypes(record.id().value(), Standard.OPEN_BADGES_2).stream()
                .map(type -> urls.bakedImage(record.id(), BakedImage.PNG.equals(type) ? "png" : "svg")).toList();
        return new PublicBadge(record.id(), urls.assertion(record.id()), urls.page(record.id()), badge.id(),
                badge.name(), badge.description(), badge.criteria(), urls.criteria(badge.id()), badge.tags(),
                badge.alignments(), issuer.name(), issuer.url(), issuer.key(),
                issuer.hasLogo() ? urls.issuerLogo(issuer) : null, holder, record.issuedOn(), record.expires(),
                record.revokedAt(), record.revocationReason(), record.narrative(),
                shown ? record.evidenceNarrative() : null, shown ? record.evidence() : List.of(),
                record.verification(), images,
                endorsements.of(new EndorsedSubject(EndorsedSubject.Type.ASSERTION, record.id().value())),
                credentials.credential(record.id().value()).map(signed -> new PublicBadge.Credential(
                        urls.credential(record.id()), urls.credentialJwt(record.id()),
                        urls.credentialImage(record.id(), "png"))));
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DomainException.invalid("assertion.revoke.reason-required", "reason");
        }
        if (why.length() > MAX_REASON) {
            throw DomainException.invalid("assertion.revoke.reason-too-long", "reason", MAX_REASON);
        }
        return why;
    }
}
