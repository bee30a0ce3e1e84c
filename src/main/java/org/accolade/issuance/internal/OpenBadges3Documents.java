package org.accolade.issuance.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.Issuer;
import org.accolade.community.PartnerOrganisation;
import org.accolade.issuance.AssertionEvidence;
import org.accolade.issuance.AssertionId;
import org.accolade.issuance.EndorsedSubject;
import org.accolade.issuance.OpenBadgesUrls;
import org.accolade.issuance.internal.signing.CredentialKeyAlgorithm;
import org.accolade.issuance.internal.signing.PublishedKey;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Open Badges 3.0 documents, unsigned: the OpenBadgeCredential of an award, a partner's EndorsementCredential,
 * an issuer's status list credential, and the DID documents that publish the keys. Contexts are the VC Data Model
 * 2.0 and OB 3.0.3, in that order, as the official schema asks.
 */
@Component
public class OpenBadges3Documents {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    private static final List<String> DID_CONTEXTS = List.of("https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/multikey/v1", "https://w3id.org/security/jwk/v1");

    private final ObjectMapper json = new ObjectMapper();
    private final OpenBadgesUrls urls;
    private final MessageSource messages;

    OpenBadges3Documents(OpenBadgesUrls urls, MessageSource messages) {
        this.urls = urls;
        this.messages = messages;
    }

    /**
     * The partners' EndorsementCredentials signed so far, as they are: of the award, of its badge class (embedded in
     * the achievement) and of its issuer (embedded in the profile).
     */
    public record Endorsements(List<ObjectNode> award, List<ObjectNode> badgeClass, List<ObjectNode> issuer) {
    }

    /** The award's credential, with the endorsements already signed embedded where they belong. */
    public ObjectNode credential(AssertionRecord assertion, BadgeClass badge, Issuer issuer, StatusEntry status,
            Endorsements endorsements) {
        ObjectNode credential = credentialOf("OpenBadgeCredential", urls.credential(assertion.id()), badge.name());
        credential.put("description", badge.description());
        credential.set("image", image(urls.badgeClassImage(badge.id())));
        credential.set("issuer", embed(issuerProfile(issuer), endorsements.issuer()));
        credential.put("validFrom", date(assertion.issuedOn()));
        if (assertion.expires() != null) {
            credential.put("validUntil", date(assertion.expires()));
        }
        credential.put("awardedDate", date(assertion.issuedOn()));
        credential.set("credentialSubject", subject(assertion, badge, endorsements.badgeClass()));
        credential.set("evidence", evidence(assertion));
        credential.set("credentialStatus", status.toJson(json, urls));
        return embed(credential, endorsements.award());
    }

    private static ObjectNode embed(ObjectNode endorsed, List<ObjectNode> endorsements) {
        if (!endorsements.isEmpty()) {
            endorsed.putArray("endorsement").addAll(endorsements);
        }
        return endorsed;
    }

    /** A partner's approval, issued by the partner's own did:web profile. */
    public ObjectNode endorsement(EndorsementRecord endorsement, PartnerOrganisation partner) {
        ObjectNode credential = credentialOf("EndorsementCredential",
                urls.endorsementCredential(endorsement.getId()), partner.name());
        ObjectNode profile = credential.putObject("issuer");
        profile.put("id", urls.partnerDid(partner.id().value()));
        profile.put("type", "Profile");
        profile.put("name", partner.name());
        putIfPresent(profile, "url", partner.website());
        putIfPresent(profile, "email", partner.email());
        if (partner.hasLogo()) {
            profile.set("image", image(urls.partnerLogo(partner.id().value())));
        }
        credential.put("validFrom", date(endorsement.issuedOn()));
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", subjectId(endorsement.subject()));
        subject.put("type", "EndorsementSubject");
        subject.put("endorsementComment", endorsement.comment());
        return credential;
    }

    /** An issuer's revocation list {@code list}, as of {@code now}. */
    public ObjectNode statusList(UUID issuerId, int list, String encodedList, Instant now) {
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT);
        String id = urls.statusList(issuerId, list);
        credential.put("id", id);
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", urls.issuerDid(issuerId));
        credential.put("validFrom", date(now));
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", encodedList);
        return credential;
    }

    /**
     * The DID document of {@code did}: every key it ever had, so that what an earlier key signed stays verifiable;
     * Ed25519 keys as Multikey (Data Integrity proofs), ES256 keys as JsonWebKey (VC-JWT).
     */
    public ObjectNode didDocument(String did, List<PublishedKey> keys) {
        ObjectNode document = json.createObjectNode();
        ArrayNode contexts = document.putArray("@context");
        DID_CONTEXTS.forEach(contexts::add);
        document.put("id", did);
        ArrayNode methods = document.putArray("verificationMethod");
        ArrayNode assertionMethods = document.putArray("assertionMethod");
        for (PublishedKey key : keys) {
            String id = did + "#" + key.fragment();
            ObjectNode method = methods.addObject().put("id", id);
            method.put("type", key.algorithm() == CredentialKeyAlgorithm.ED25519 ? "Multikey" : "JsonWebKey");
            method.put("controller", did);
            if (key.algorithm() == CredentialKeyAlgorithm.ED25519) {
                method.put("publicKeyMultibase", key.publicKey());
            } else {
                method.set("publicKeyJwk", parse(key.publicKey()));
            }
            assertionMethods.add(id);
        }
        return document;
    }

    private ObjectNode credentialOf(String type, String id, String name) {
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", id);
        credential.putArray("type").add("VerifiableCredential").add(type);
        credential.put("name", name);
        return credential;
    }

    private ObjectNode issuerProfile(Issuer issuer) {
        ObjectNode profile = json.createObjectNode();
        profile.put("id", urls.issuerDid(issuer.id().value()));
        profile.put("type", "Profile");
        profile.put("name", issuer.name());
        profile.put("url", issuer.url());
        profile.put("email", issuer.email());
        putIfPresent(profile, "description", issuer.description());
        if (issuer.hasLogo()) {
            profile.set("image", image(urls.issuerLogo(issuer)));
        }
        return profile;
    }

    private ObjectNode subject(AssertionRecord assertion, BadgeClass badge, List<ObjectNode> badgeEndorsements) {
        ObjectNode subject = json.createObjectNode();
        subject.put("type", "AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", assertion.recipient().identity());
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", assertion.recipient().salt());
        subject.set("achievement", embed(achievement(badge), badgeEndorsements));
        putIfPresent(subject, "narrative", assertion.narrative());
        return subject;
    }

    private ObjectNode achievement(BadgeClass badge) {
        ObjectNode achievement = json.createObjectNode();
        achievement.put("id", urls.badgeClass(badge.id()));
        achievement.put("type", "Achievement");
        achievement.put("achievementType", "Badge");
        achievement.put("name", badge.name());
        achievement.put("description", badge.description());
        ObjectNode criteria = achievement.putObject("criteria");
        criteria.put("id", urls.criteria(badge.id()));
        putIfPresent(criteria, "narrative", badge.criteria());
        achievement.set("image", image(urls.badgeClassImage(badge.id())));
        if (!badge.tags().isEmpty()) {
            ArrayNode tags = achievement.putArray("tag");
            badge.tags().forEach(tags::add);
        }
        if (!badge.alignments().isEmpty()) {
            ArrayNode alignments = achievement.putArray("alignment");
            badge.alignments().forEach(alignment ->
                    OpenBadges2Documents.alignment(alignments.addObject().put("type", "Alignment"), alignment));
        }
        return achievement;
    }

    /** As in 2.0: what the nominee agreed to show, or one sentence saying the evidence stays private. */
    private ArrayNode evidence(AssertionRecord assertion) {
        ArrayNode evidence = json.createArrayNode();
        if (!assertion.publicConsent()) {
            evidence.addObject().put("type", "Evidence").put("narrative",
                    messages.getMessage("assertion.evidence.private", null, assertion.language()));
            return evidence;
        }
        if (assertion.evidenceNarrative() != null) {
            evidence.addObject().put("type", "Evidence").put("narrative", assertion.evidenceNarrative());
        }
        assertion.evidence().forEach(item -> evidence.add(evidenceItem(item)));
        return evidence;
    }

    private ObjectNode evidenceItem(AssertionEvidence item) {
        ObjectNode node = json.createObjectNode();
        if (OpenBadges2Documents.isWebAddress(item.url())) {
            node.put("id", item.url());
        }
        node.put("type", "Evidence");
        node.put("name", item.name());
        putIfPresent(node, "description", item.description());
        return node;
    }

    private String subjectId(EndorsedSubject subject) {
        return switch (subject.type()) {
            case ASSERTION -> urls.credential(new AssertionId(subject.id()));
            case BADGE_CLASS -> urls.badgeClass(new BadgeClassId(subject.id()));
            case ISSUER -> urls.issuerDid(subject.id());
        };
    }

    private ObjectNode image(String url) {
        return json.createObjectNode().put("id", url).put("type", "Image");
    }

    private ObjectNode parse(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored public JWK is not JSON", e);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
