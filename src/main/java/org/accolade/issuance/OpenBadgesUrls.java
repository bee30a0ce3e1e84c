package org.accolade.issuance;

import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.Issuer;
import org.accolade.shared.OrganisationId;
import org.accolade.shared.credentials.DidWeb;
import org.accolade.shared.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * The public addresses of DESIGN section 4, built on {@link PublicLinks#base()}: every hosted object's
 * {@code id} is the URL it is served at, so a verifier fetches exactly what a document names.
 */
@Component
public class OpenBadgesUrls {

    /** A UUID as it appears in these addresses, for the patterns that read them back. */
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String V2 = "/ob/v2";
    private static final String V3 = "/ob/v3";

    private final PublicLinks links;
    private final String base;

    OpenBadgesUrls(PublicLinks links) {
        this.links = links;
        this.base = links.base();
    }

    public String base() {
        return base;
    }

    public String issuer(OrganisationId id) {
        return issuer(id.value());
    }

    /** An issuer profile: Accolade's issuers, and the partner organisations that issue endorsements. */
    public String issuer(UUID id) {
        return base + V2 + "/issuers/" + id;
    }

    /** The issuer's logo; its version in the address makes caches fetch a new logo at once. */
    public String issuerLogo(Issuer issuer) {
        return base + "/api/v1/issuers/" + issuer.id() + "/logo?v=" + issuer.logoVersion();
    }

    public String partnerLogo(UUID partnerId) {
        return base + "/api/v1/partners/" + partnerId + "/logo";
    }

    public String revocations(OrganisationId id) {
        return issuer(id) + "/revocations";
    }

    public String key(OrganisationId issuer, UUID keyId) {
        return issuer(issuer) + "/keys/" + keyId;
    }

    public String badgeClass(BadgeClassId id) {
        return base + V2 + "/badges/" + id;
    }

    /** The human page of a badge class, where its criteria are read. */
    public String criteria(BadgeClassId id) {
        return base + "/badge-classes/" + id;
    }

    public String badgeClassImage(BadgeClassId id) {
        return base + "/api/v1/badge-classes/" + id + "/image";
    }

    public String assertion(AssertionId id) {
        return base + V2 + "/assertions/" + id;
    }

    /** The baked image; {@code extension} is {@code png} or {@code svg}. */
    public String bakedImage(AssertionId id, String extension) {
        return assertion(id) + "/image." + extension;
    }

    public String endorsement(UUID id) {
        return base + V2 + "/endorsements/" + id;
    }

    /** The Open Badges 3.0 credential of an assertion: the same id, signed JSON. */
    public String credential(AssertionId id) {
        return base + V3 + "/credentials/" + id;
    }

    public String credentialJwt(AssertionId id) {
        return credential(id) + ".jwt";
    }

    /** The credential baked into the badge picture; {@code extension} is {@code png} or {@code svg}. */
    public String credentialImage(AssertionId id, String extension) {
        return credential(id) + "/image." + extension;
    }

    /** An issuer's did:web, whose DID document is served at {@link #issuerDidDocument}. */
    public String issuerDid(UUID issuerId) {
        return DidWeb.of(base, "ob/v3/issuers/" + issuerId);
    }

    public String issuerDidDocument(UUID issuerId) {
        return base + V3 + "/issuers/" + issuerId + "/did.json";
    }

    /** A partner's did:web, the issuer of its EndorsementCredentials. */
    public String partnerDid(UUID partnerId) {
        return DidWeb.of(base, "ob/v3/partners/" + partnerId);
    }

    public String partnerDidDocument(UUID partnerId) {
        return base + V3 + "/partners/" + partnerId + "/did.json";
    }

    /** Status list {@code list} of an issuer: its revocation bits. */
    public String statusList(UUID issuerId, int list) {
        return base + V3 + "/issuers/" + issuerId + "/status/" + list;
    }

    public String endorsementCredential(UUID id) {
        return base + V3 + "/endorsements/" + id;
    }

    /** The human page with OpenGraph tags, the address people share. */
    public String page(AssertionId id) {
        return links.badgePage(id.value());
    }
}
