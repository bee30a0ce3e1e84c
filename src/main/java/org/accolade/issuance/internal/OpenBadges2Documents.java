package org.accolade.issuance.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accolade.catalog.Alignment;
import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.Issuer;
import org.accolade.catalog.VerificationMethod;
import org.accolade.community.PartnerOrganisation;
import org.accolade.catalog.BadgeClassId;
import org.accolade.issuance.AssertionEvidence;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.internal.signing.PublicKeyRecord;
import org.accolade.shared.OrganisationId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Open Badges 2.0 documents, in compact JSON-LD with the 2.0 context. Built from stored data in a fixed order,
 * so that the same assertion always gives the same bytes: its signature and its baked images can be made again.
 */
@Component
public class OpenBadges2Documents {

    public static final String CONTEXT = "https://w3id.org/openbadges/v2";

    private final ObjectMapper json = new ObjectMapper();
    private final OpenBadgesUrls urls;
    private final MessageSource messages;
    private final EndorsementRepository endorsements;

    OpenBadges2Documents(OpenBadgesUrls urls, MessageSource messages, EndorsementRepository endorsements) {
        this.urls = urls;
        this.messages = messages;
        this.endorsements = endorsements;
    }

    /** The assertion as hosted and, for a signed badge, as signed; {@code keyId} only for a signed one. */
    public ObjectNode assertion(AssertionRecord assertion, BadgeClass badge, UUID keyId) {
        ObjectNode document = document("Assertion", urls.assertion(assertion.id()));
        ObjectNode recipient = document.putObject("recipient");
        recipient.put("type", "email").put("hashed", true).put("salt", assertion.recipient().salt())
                .put("identity", assertion.recipient().identity());
        document.put("badge", urls.badgeClass(badge.id()));
        document.put("issuedOn", date(assertion.issuedOn()));
        if (assertion.expires() != null) {
            document.put("expires", date(assertion.expires()));
        }
        document.put("image", urls.bakedImage(assertion.id(), "png"));
        putIfPresent(document, "narrative", assertion.narrative());
        document.set("evidence", evidence(assertion));
        document.set("verification", verification(assertion.verification(), badge.issuerId(), keyId));
        putEndorsements(document, EndorsedSubject.Type.ASSERTION, assertion.id().value());
        return document;
    }

    /** What a revoked assertion's URL answers, with its 410: enough for a verifier to say why. */
    public ObjectNode revokedAssertion(AssertionRecord assertion) {
        ObjectNode document = document("Assertion", urls.assertion(assertion.id()));
        document.put("revoked", true);
        putIfPresent(document, "revocationReason", assertion.revocationReason());
        return document;
    }

    public ObjectNode badgeClass(BadgeClass badge) {
        ObjectNode document = document("BadgeClass", urls.badgeClass(badge.id()));
        document.put("name", badge.name());
        document.put("description", badge.description());
        document.put("image", urls.badgeClassImage(badge.id()));
        ObjectNode criteria = document.putObject("criteria");
        criteria.put("id", urls.criteria(badge.id()));
        putIfPresent(criteria, "narrative", badge.criteria());
        document.put("issuer", urls.issuer(badge.issuerId()));
        ArrayNode tags = document.putArray("tags");
        badge.tags().forEach(tags::add);
        ArrayNode alignments = document.putArray("alignment");
        badge.alignments().forEach(alignment -> alignment(alignments.addObject(), alignment));
        putEndorsements(document, EndorsedSubject.Type.BADGE_CLASS, badge.id().value());
        return document;
    }

    public ObjectNode issuer(Issuer issuer, Optional<UUID> keyId) {
        ObjectNode document = document("Profile", urls.issuer(issuer.id().value()));
        document.put("name", issuer.name());
        document.put("url", issuer.url());
        document.put("email", issuer.email());
        putIfPresent(document, "description", issuer.description());
        if (issuer.hasLogo()) {
            document.put("image", urls.issuerLogo(issuer));
        }
        document.put("revocationList", urls.revocations(issuer.id()));
        keyId.ifPresent(id -> document.putArray("publicKey").add(urls.key(issuer.id(), id)));
        putEndorsements(document, EndorsedSubject.Type.ISSUER, issuer.id().value());
        return document;
    }

    /** A partner's approval; its issuer is the partner's own Profile. */
    public ObjectNode endorsement(EndorsementRecord endorsement) {
        ObjectNode document = document("Endorsement", urls.endorsement(endorsement.getId()));
        ObjectNode claim = document.putObject("claim");
        claim.put("id", subjectUrl(endorsement.subject()));
        claim.put("endorsementComment", endorsement.comment());
        document.put("issuer", urls.issuer(endorsement.partnerId().value()));
        document.put("issuedOn", date(endorsement.issuedOn()));
        document.putObject("verification").put("type", "HostedBadge");
        return document;
    }

    /** The {@code endorsement} property of an endorsed object: the URLs of its endorsements, oldest first. */
    private void putEndorsements(ObjectNode document, EndorsedSubject.Type type, java.util.UUID id) {
        List<EndorsementRecord> endorsements = this.endorsements
                .findBySubjectTypeAndSubjectIdOrderByIssuedOn(type.name(), id);
        if (!endorsements.isEmpty()) {
            ArrayNode list = document.putArray("endorsement");
            endorsements.forEach(endorsement -> list.add(urls.endorsement(endorsement.getId())));
        }
    }

    private String subjectUrl(EndorsedSubject subject) {
        return switch (subject.type()) {
            case ASSERTION -> urls.assertion(new AssertionId(subject.id()));
            case BADGE_CLASS -> urls.badgeClass(new BadgeClassId(subject.id()));
            case ISSUER -> urls.issuer(subject.id());
        };
    }

    /** A partner organisation as the issuer of its endorsements (issue 5): a Profile of its own. */
    public ObjectNode partner(PartnerOrganisation partner) {
        ObjectNode document = document("Profile", urls.issuer(partner.id().value()));
        document.put("name", partner.name());
        document.put("url", partner.website());
        document.put("email", partner.email());
        putIfPresent(document, "description", partner.description());
        if (partner.hasLogo()) {
            document.put("image", urls.partnerLogo(partner.id().value()));
        }
        return document;
    }

    public ObjectNode revocationList(OrganisationId issuer, List<AssertionRecord> revoked) {
        ObjectNode document = document("RevocationList", urls.revocations(issuer));
        document.put("issuer", urls.issuer(issuer));
        ArrayNode list = document.putArray("revokedAssertions");
        revoked.forEach(assertion -> {
            ObjectNode entry = list.addObject().put("id", urls.assertion(assertion.id()));
            putIfPresent(entry, "revocationReason", assertion.revocationReason());
        });
        return document;
    }

    public ObjectNode key(PublicKeyRecord key) {
        ObjectNode document = document("CryptographicKey", urls.key(key.issuerId(), key.id()));
        document.put("owner", urls.issuer(key.issuerId()));
        document.put("publicKeyPem", key.pem());
        return document;
    }

    /**
     * The nominee's narrative and items when they agreed to show them; otherwise one statement, in their language,
     * that the jury examined evidence that stays private, so that the assertion never publishes more than agreed.
     */
    private ArrayNode evidence(AssertionRecord assertion) {
        ArrayNode evidence = json.createArrayNode();
        if (!assertion.publicConsent()) {
            evidence.addObject().put("narrative",
                    messages.getMessage("assertion.evidence.private", null, assertion.language()));
            return evidence;
        }
        if (assertion.evidenceNarrative() != null) {
            evidence.addObject().put("narrative", assertion.evidenceNarrative());
        }
        assertion.evidence().forEach(item -> evidence.add(evidenceItem(item)));
        return evidence;
    }

    private ObjectNode evidenceItem(AssertionEvidence item) {
        ObjectNode node = json.createObjectNode();
        if (isWebAddress(item.url())) {
            node.put("id", item.url());
        }
        node.put("name", item.name());
        putIfPresent(node, "description", item.description());
        return node;
    }

    private ObjectNode verification(VerificationMethod method, OrganisationId issuer, UUID keyId) {
        ObjectNode verification = json.createObjectNode();
        if (method == VerificationMethod.SIGNED) {
            verification.put("type", "SignedBadge").put("creator", urls.key(issuer, keyId));
        } else {
            verification.put("type", "HostedBadge");
        }
        return verification;
    }

    /** An AlignmentObject; Open Badges 3.0 names the same properties (and adds a type). */
    static ObjectNode alignment(ObjectNode node, Alignment alignment) {
        node.put("targetName", alignment.targetName());
        node.put("targetUrl", alignment.targetUrl());
        putIfPresent(node, "targetDescription", alignment.targetDescription());
        putIfPresent(node, "targetFramework", alignment.targetFramework());
        putIfPresent(node, "targetCode", alignment.targetCode());
        return node;
    }

    private ObjectNode document(String type, String id) {
        ObjectNode document = json.createObjectNode();
        document.put("@context", CONTEXT);
        document.put("type", type);
        document.put("id", id);
        return document;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    /** An evidence id must be an absolute IRI; anything else people typed stays out rather than be misread. */
    static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
