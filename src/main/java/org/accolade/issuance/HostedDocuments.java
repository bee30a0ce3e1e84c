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
import org.accolade.catalog.IssuerService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.issuance.internal.AssertionRecord;
import org.accolade.issuance.internal.AssertionRepository;
import org.accolade.issuance.internal.OpenBadges2Documents;
import org.accolade.issuance.internal.signing.SigningKeys;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public Open Badges 2.0 documents of DESIGN section 4, by id or by URL, and through {@link HostedCredentials}
 * the 3.0 ones by URL. Public: a verifier anywhere must be able to read them. A badge class still in draft is not
 * public yet.
 */
@Service
@Transactional(readOnly = true)
public class HostedDocuments {

    private static final Pattern PATH = Pattern.compile(("/ob/v2/(?:assertions/(?<assertion>%1$s)"
            + "|badges/(?<badge>%1$s)|issuers/(?<issuer>%1$s)(?:/revocations(?<revocations>)|/keys/(?<key>%1$s))?)")
            .formatted(OpenBadgesUrls.UUID_PATTERN));

    private final AssertionRepository assertions;
    private final BadgeClassService badgeClasses;
    private final IssuerService issuers;
    private final SigningKeys keys;
    private final PartnerService partners;
    private final OpenBadges2Documents documents;
    private final HostedCredentials credentials;
    private final OpenBadgesUrls urls;

    HostedDocuments(AssertionRepository assertions, BadgeClassService badgeClasses, IssuerService issuers,
            SigningKeys keys, PartnerService partners, OpenBadges2Documents documents, HostedCredentials credentials,
            OpenBadgesUrls urls) {
        this.assertions = assertions;
        this.badgeClasses = badgeClasses;
        this.issuers = issuers;
        this.keys = keys;
        this.partners = partners;
        this.documents = documents;
        this.credentials = credentials;
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
    public Optional<String> issuer(OrganisationId id) {
        return issuers.find(id).map(issuer -> documents.issuer(issuer, keys.keyIdOf(id)).toString())
                .or(() -> partners.find(new PartnerId(id.value()))
                        .map(partner -> documents.partner(partner).toString()));
    }

    public Optional<String> revocations(OrganisationId id) {
        return issuers.find(id)
                .map(issuer -> documents.revocationList(id, assertions.findRevokedOf(badgeClasses.idsOfIssuer(id)
                        .stream().map(BadgeClassId::value).toList())).toString());
    }

    public Optional<String> key(OrganisationId issuer, UUID keyId) {
        return keys.publicKey(issuer, keyId).map(key -> documents.key(key).toString());
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
        return credentials.resolve(path).map(HostedDocument::ok);
    }

    private Optional<HostedDocument> find(Matcher path) {
        if (path.group("assertion") != null) {
            return assertion(new AssertionId(UUID.fromString(path.group("assertion"))));
        }
        if (path.group("badge") != null) {
            return badgeClass(new BadgeClassId(UUID.fromString(path.group("badge")))).map(HostedDocument::ok);
        }
        OrganisationId issuer = new OrganisationId(UUID.fromString(path.group("issuer")));
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
