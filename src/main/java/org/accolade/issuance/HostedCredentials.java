package org.accolade.issuance;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accolade.catalog.IssuerService;
import org.accolade.community.PartnerId;
import org.accolade.community.PartnerService;
import org.accolade.issuance.internal.OpenBadges3Documents;
import org.accolade.issuance.internal.OpenBadges3Issuance;
import org.accolade.issuance.internal.signing.CredentialKeys;
import org.accolade.shared.OrganisationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public Open Badges 3.0 documents of DESIGN section 4: credentials as signed, DID documents, status lists and
 * endorsement credentials, by id or by path. Public: a verifier anywhere must be able to read them.
 */
@Service
@Transactional(readOnly = true)
public class HostedCredentials {

    private static final Pattern PATH = Pattern.compile(("/ob/v3/(?:credentials/(?<credential>%1$s)(?<jwt>\\.jwt)?"
            + "|issuers/(?<issuer>%1$s)/(?:did\\.json|status/(?<list>\\d{1,9}))|partners/(?<partner>%1$s)/did\\.json"
            + "|endorsements/(?<endorsement>%1$s))").formatted(OpenBadgesUrls.UUID_PATTERN));

    private final OpenBadges3Issuance credentials;
    private final OpenBadges3Documents documents;
    private final CredentialKeys keys;
    private final EndorsementIssuance endorsements;
    private final IssuerService issuers;
    private final PartnerService partners;
    private final OpenBadgesUrls urls;

    HostedCredentials(OpenBadges3Issuance credentials, OpenBadges3Documents documents, CredentialKeys keys,
            EndorsementIssuance endorsements, IssuerService issuers, PartnerService partners, OpenBadgesUrls urls) {
        this.credentials = credentials;
        this.documents = documents;
        this.keys = keys;
        this.endorsements = endorsements;
        this.issuers = issuers;
        this.partners = partners;
        this.urls = urls;
    }

    /** The credential of an assertion as signed at issuance, revoked or not: it never changes. */
    public Optional<String> credential(AssertionId id) {
        return credentials.credential(id.value());
    }

    public Optional<String> credentialJwt(AssertionId id) {
        return credentials.jwt(id.value());
    }

    /** The issuer's DID document: every key it signed credentials with. */
    public Optional<String> issuerDidDocument(OrganisationId id) {
        return issuers.find(id).map(issuer -> didDocument(urls.issuerDid(id.value()), id.value()));
    }

    /** A partner's DID document: the keys of its EndorsementCredentials. */
    public Optional<String> partnerDidDocument(PartnerId id) {
        return partners.find(id).map(partner -> didDocument(urls.partnerDid(id.value()), id.value()));
    }

    public Optional<String> statusList(OrganisationId id, int list) {
        return issuers.find(id).flatMap(issuer -> credentials.statusList(id.value(), list));
    }

    /** A partner's endorsement as the EndorsementCredential it signed. */
    public Optional<String> endorsement(UUID id) {
        return endorsements.credential(id);
    }

    /** The document at {@code path} (under the public base URL), for the verifier that reads its own. */
    public Optional<String> resolve(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? find(matcher) : Optional.empty();
    }

    private Optional<String> find(Matcher path) {
        if (path.group("credential") != null) {
            AssertionId id = new AssertionId(UUID.fromString(path.group("credential")));
            return path.group("jwt") != null ? credentialJwt(id) : credential(id);
        }
        if (path.group("partner") != null) {
            return partnerDidDocument(new PartnerId(UUID.fromString(path.group("partner"))));
        }
        if (path.group("endorsement") != null) {
            return endorsement(UUID.fromString(path.group("endorsement")));
        }
        OrganisationId issuer = new OrganisationId(UUID.fromString(path.group("issuer")));
        return path.group("list") != null ? statusList(issuer, Integer.parseInt(path.group("list")))
                : issuerDidDocument(issuer);
    }

    private String didDocument(String did, UUID owner) {
        return documents.didDocument(did, keys.published(owner)).toString();
    }
}
