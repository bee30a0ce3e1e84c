package org.accolade.issuance;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.BadgeClassService;
import org.accolade.catalog.BadgeClassStatus;
import org.accolade.catalog.IssuerId;
import org.accolade.catalog.IssuerService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.issuance.internal.AssertionRecord;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.issuance.internal.OpenBadges2Documents;
import org.accolade.issuance.internal.OpenBadges3Documents;
import org.accolade.issuance.internal.OpenBadges3Issuance;
import org.accolade.issuance.internal.signing.CredentialKeys;
import org.accolade.issuance.internal.signing.SigningKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public Open Badges 2.0 and 3.0 documents of DESIGN section 4, by id or by URL. Public: a verifier anywhere
 * must be able to read them. A badge class still in draft is not public yet.
 */
@Service
@Transactional(readOnly = true)
public class HostedDocuments {

    private static final Pattern UUID_PATTERN = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PATH = Pattern.compile(("/ob/v2/(?:assertions/(?<assertion>%1$s)"
            + "|badges/(?<badge>%1$s)|issuers/(?<issuer>%1$s)(?:/revocations(?<revocations>)|/keys/(?<key>%1$s))?)")
            .formatted(UUID_PATTERN.pattern()));
    private static final Pattern PATH_V3 = Pattern.compile(("/ob/v3/(?:credentials/(?<credential>%1$s)(?<jwt>\\.jwt)?"
            + "|issuers/(?<issuer>%1$s)/(?:did\\.json|status/(?<list>\\d{1,9}))|partners/(?<partner>%1$s)/did\\.json"
            + "|endorsements/(?<endorsement>%1$s))").formatted(UUID_PATTERN.pattern()));

    private final AssertionRepository assertions;
    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private final SigningKeys keys;
    private final PartnerService partners;
    private final OpenBadges2Documents documents;
    private final OpenBadges3Documents documents3;
    private final OpenBadges3Issuance credentials;
    private final CredentialKeys credentialKeys;
    private final EndorsementIssuance endorsements;
    private final OpenBadgesUrls urls;

    HostedDocuments(AssertionRepository assertions, BadgeClassService badgeClasses, IssuerService issuers,
            SigningKeys keys, PartnerService partners, OpenBadges2Documents documents,
            OpenBadges3Documents documents3, OpenBadges3Issuance credentials, CredentialKeys credentialKeys,
            EndorsementIssuance endorsements, OpenBadgesUrls urls) {
        this.assertions = assertions;
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        this.keys = keys;
        this.partners = partners;
        this.documents = documents;
        this.documents3 = documents3;
        this.credentials = credentials;
        this.credentialKeys = credentialKeys;
        this.endorsements = endorsements;
        this.urls = urls;
    }

    /** The assertion, or, once revoked, a 410 document that says so and why. */
    public Optional<HostedDocument> assertion(AssertionId id) {
        return assertions.findById(id.value()).map(this::assertionDocument);
    }

    public Optional<String> badgeClass(BadgeClassId id) {
        return badgeClasses.find(id).filter(badge -> badge.status() != BadgeClassStatus.DRAFT)
                .map(badge -> documents.badgeClass(badge).toString());
    }

    /** Accolade's issuer with this id or, failing that, the partner organisation (the issuer of endorsements). */
    public Optional<String> issuer(IssuerId id) {
        return issuers.find(id).map(issuer -> documents.issuer(issuer, keys.keyIdOf(id)).toString())
                .or(() -> partners.find(new PartnerId(id.value())).map(partner -> documents.partner(partner).toString()));
    }

    public Optional<String> revocations(IssuerId id) {
        return issuers.find(id)
                .map(issuer -> documents.revocationList(id, assertions.findRevokedByIssuer(id.value())).toString());
    }

    public Optional<String> key(IssuerId issuer, UUID keyId) {
        return keys.publicKey(issuer, keyId).map(key -> documents.key(key).toString());
    }

    /** The Open Badges 3.0 credential of an assertion as signed at issuance, revoked or not: it never changes. */
    public Optional<String> credential(AssertionId id) {
        return credentials.credential(id.value());
    }

    public Optional<String> credentialJwt(AssertionId id) {
        return credentials.jwt(id.value());
    }

    /** The issuer's DID document: every key it signed credentials with. */
    public Optional<String> issuerDidDocument(IssuerId id) {
        return issuers.find(id).map(issuer -> didDocument(urls.issuerDid(id.value()), id.value()));
    }

    /** A partner's DID document: the keys of its EndorsementCredentials. */
    public Optional<String> partnerDidDocument(PartnerId id) {
        return partners.find(id).map(partner -> didDocument(urls.partnerDid(id.value()), id.value()));
    }

    public Optional<String> statusList(IssuerId id, int list) {
        return issuers.find(id).flatMap(issuer -> credentials.statusList(id.value(), list));
    }

    private String didDocument(String did, UUID owner) {
        return documents3.didDocument(did, credentialKeys.published(owner)).toString();
    }

    /** The document a URL of this server names, for a verifier that must not fetch its own server over HTTP. */
    public Optional<HostedDocument> resolve(URI uri) {
        String url = uri.toString();
        if (!url.startsWith(urls.base() + "/")) {
            return Optional.empty();
        }
        String path = url.substring(urls.base().length());
        Matcher v2 = PATH.matcher(path);
        if (v2.matches()) {
            return find(v2);
        }
        Matcher v3 = PATH_V3.matcher(path);
        return v3.matches() ? findV3(v3).map(HostedDocument::ok) : Optional.empty();
    }

    private Optional<String> findV3(Matcher path) {
        if (path.group("credential") != null) {
            AssertionId id = new AssertionId(UUID.fromString(path.group("credential")));
            return path.group("jwt") != null ? credentialJwt(id) : credential(id);
        }
        if (path.group("partner") != null) {
            return partnerDidDocument(new PartnerId(UUID.fromString(path.group("partner"))));
        }
        if (path.group("endorsement") != null) {
            return endorsements.credential(UUID.fromString(path.group("endorsement")));
        }
        IssuerId issuer = new IssuerId(UUID.fromString(path.group("issuer")));
        return path.group("list") != null ? statusList(issuer, Integer.parseInt(path.group("list")))
                : issuerDidDocument(issuer);
    }

    private Optional<HostedDocument> find(Matcher path) {
        if (path.group("assertion") != null) {
            return assertion(new AssertionId(UUID.fromString(path.group("assertion"))));
        }
        if (path.group("badge") != null) {
            return badgeClass(new BadgeClassId(UUID.fromString(path.group("badge")))).map(HostedDocument::ok);
        }
        IssuerId issuer = new IssuerId(UUID.fromString(path.group("issuer")));
        Optional<String> document = path.group("key") != null ? key(issuer, UUID.fromString(path.group("key")))
                : path.group("revocations") != null ? revocations(issuer) : issuer(issuer);
        return document.map(HostedDocument::ok);
    }

    private HostedDocument assertionDocument(AssertionRecord record) {
        if (record.revokedAt() != null) {
            return new HostedDocument(HostedDocument.GONE, documents.revokedAssertion(record).toString());
        }
        BadgeClass badge = badgeClasses.get(record.badgeClassId());
        return HostedDocument.ok(documents.assertion(record, badge, record.signingKeyId()).toString());
    }
}
