package org.accolade.issuance.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeImage;
import org.accolade.catalog.Issuer;
import org.accolade.community.PartnerOrganisation;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.baking.SvgBaker;
import org.accolade.issuance.internal.OpenBadges3Documents.Endorsements;
import org.accolade.shared.credentials.BitstringStatusList;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes an award's Open Badges 3.0 credential at issuance, next to its 2.0 assertion: builds it, gives it a place
 * in its issuer's status list, signs it (Data Integrity proof and VC-JWT), stores it and bakes it. The credential
 * never changes afterwards; revoking sets its bit in the status list, signed anew when asked for.
 */
@Component
public class OpenBadges3Issuance {

    /** Lists are filled to half before the next one opens, so that a random free bit is found in a few tries. */
    private static final int ENTRIES_PER_LIST = BitstringStatusList.SIZE / 2;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_DRAWS = 5;
    /**
     * Endorsements of a badge class or an issuer embedded in each credential, the newest: they accumulate over the
     * years, while a credential must stay small enough to store and bake. An award's own are few (its partners).
     */
    private static final int EMBEDDED_PER_SUBJECT = 10;

    private final CredentialStore credentials;
    private final OpenBadges3Documents documents;
    private final CredentialSigner signer;
    private final EndorsementRepository endorsements;
    private final BakedImageStore bakedImages;
    private final BadgeBakery bakery;
    private final OpenBadgesUrls urls;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    /** Signed status lists, kept while the revoked bits they carry are still the current ones. */
    private final Map<String, SignedList> statusLists = new ConcurrentHashMap<>();

    private record SignedList(List<Integer> revoked, String json) {
    }

    OpenBadges3Issuance(CredentialStore credentials, OpenBadges3Documents documents, CredentialSigner signer,
            EndorsementRepository endorsements, BakedImageStore bakedImages, BadgeBakery bakery, OpenBadgesUrls urls,
            Clock clock) {
        this.credentials = credentials;
        this.documents = documents;
        this.signer = signer;
        this.endorsements = endorsements;
        this.bakedImages = bakedImages;
        this.bakery = bakery;
        this.urls = urls;
        this.clock = clock;
    }

    /**
     * The status bit is part of what is signed: when another issuance takes the same bit at the same instant, the
     * credential is made again with another one.
     */
    public void issue(AssertionRecord assertion, BadgeClass badge, Issuer issuer, BadgeImage picture) {
        UUID issuerId = issuer.id().value();
        String did = urls.issuerDid(issuerId);
        Endorsements endorsed = new Endorsements(
                endorsementsOf(EndorsedSubject.Type.ASSERTION, assertion.id().value(), Integer.MAX_VALUE),
                endorsementsOf(EndorsedSubject.Type.BADGE_CLASS, badge.id().value(), EMBEDDED_PER_SUBJECT),
                endorsementsOf(EndorsedSubject.Type.ISSUER, issuerId, EMBEDDED_PER_SUBJECT));
        for (int attempt = 1;; attempt++) {
            StatusEntry status = freeStatusEntry(issuerId);
            ObjectNode unsigned = documents.credential(assertion, badge, issuer, status, endorsed);
            ObjectNode signed = signer.withProof(unsigned, issuerId, did);
            if (credentials.saveUnlessTaken(assertion.id().value(), status, signed.toString(),
                    signer.asJwt(unsigned, issuerId, did))) {
                bakedImages.save(assertion.id().value(), SvgBaker.Standard.OPEN_BADGES_3,
                        bakery.bake(SvgBaker.Standard.OPEN_BADGES_3, signed.toString(), picture, badge.key()));
                return;
            }
            if (attempt == MAX_DRAWS) {
                throw new IllegalStateException("No free status bit for issuer " + issuerId + " after " + attempt
                        + " draws; the job retries");
            }
        }
    }

    /** Signs a partner's approval as its EndorsementCredential, issued by the partner's did:web. */
    public String endorsementCredential(EndorsementRecord endorsement, PartnerOrganisation partner) {
        UUID partnerId = partner.id().value();
        return signer.withProof(documents.endorsement(endorsement, partner), partnerId, urls.partnerDid(partnerId))
                .toString();
    }

    public Optional<String> credential(UUID assertionId) {
        return credentials.document(assertionId);
    }

    public Optional<String> jwt(UUID assertionId) {
        return credentials.jwt(assertionId);
    }

    /** List {@code list} of the issuer, signed by it; empty for a list it has not opened. */
    public Optional<String> statusList(UUID issuerId, int list) {
        if (list < 0 || list > Math.max(credentials.lastList(issuerId), 0)) {
            return Optional.empty();
        }
        List<Integer> revoked = credentials.revokedIndexes(issuerId, list);
        SignedList cached = statusLists.get(issuerId + "/" + list);
        if (cached != null && cached.revoked().equals(revoked)) {
            return Optional.of(cached.json());
        }
        ObjectNode unsigned = documents.statusList(issuerId, list, BitstringStatusList.encode(revoked),
                clock.instant());
        String signed = signer.withProof(unsigned, issuerId, urls.issuerDid(issuerId)).toString();
        statusLists.put(issuerId + "/" + list, new SignedList(revoked, signed));
        return Optional.of(signed);
    }

    /**
     * A random free bit, so that a list's order says nothing of when a badge was issued. Two issuances that draw the
     * same bit at the same instant collide on the unique index, and the second draws again.
     */
    private StatusEntry freeStatusEntry(UUID issuerId) {
        int list = currentList(issuerId);
        while (true) {
            int index = RANDOM.nextInt(BitstringStatusList.SIZE);
            if (!credentials.taken(issuerId, list, index)) {
                return new StatusEntry(issuerId, list, index);
            }
        }
    }

    /** The issuer's newest list, or the next one once it is half full. */
    private int currentList(UUID issuerId) {
        int newest = Math.max(credentials.lastList(issuerId), 0);
        return credentials.countIn(issuerId, newest) < ENTRIES_PER_LIST ? newest : newest + 1;
    }

    /** The signed endorsements of {@code subject}, oldest first, at most the {@code limit} newest. */
    private List<ObjectNode> endorsementsOf(EndorsedSubject.Type type, UUID subject, int limit) {
        List<ObjectNode> signed = endorsements.findBySubjectTypeAndSubjectIdOrderByIssuedOn(type.name(), subject)
                .stream().map(EndorsementRecord::credential).flatMap(Optional::stream).map(this::parse).toList();
        return signed.subList(Math.max(0, signed.size() - limit), signed.size());
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored endorsement credential is not JSON", e);
        }
    }
}
