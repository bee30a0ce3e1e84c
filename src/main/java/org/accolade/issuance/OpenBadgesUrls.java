package org.accolade.issuance;

import java.util.UUID;

import org.accolade.catalog.BadgeClassId;
import org.accolade.catalog.IssuerId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public addresses of DESIGN section 4, built on {@code accolade.public-base-url}: every hosted object's
 * {@code id} is the URL it is served at, so a verifier fetches exactly what a document names.
 */
@Component
public class OpenBadgesUrls {

    private static final String V2 = "/ob/v2";

    private final String base;

    OpenBadgesUrls(@Value("${accolade.public-base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String base() {
        return base;
    }

    public String issuer(IssuerId id) {
        return issuer(id.value());
    }

    /** An issuer profile: Accolade's issuers, and the partner organisations that issue endorsements. */
    public String issuer(UUID id) {
        return base + V2 + "/issuers/" + id;
    }

    public String partnerLogo(UUID partnerId) {
        return base + "/api/v1/partners/" + partnerId + "/logo";
    }

    public String revocations(IssuerId id) {
        return issuer(id) + "/revocations";
    }

    public String key(IssuerId issuer, UUID keyId) {
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

    /** The human page with OpenGraph tags, the address people share. */
    public String page(AssertionId id) {
        return base + "/badges/" + id;
    }
}
