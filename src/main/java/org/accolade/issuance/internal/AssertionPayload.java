package org.accolade.issuance.internal;

import org.accolade.catalog.BadgeClass;
import org.accolade.catalog.VerificationMethod;
import org.accolade.issuance.internal.signing.SigningKey;
import org.accolade.issuance.internal.signing.SigningKeys;
import org.springframework.stereotype.Component;

/**
 * What is baked into a badge: the assertion's JSON when hosted, its compact JWS when signed. The first signing
 * records the issuer's key on the assertion; later calls use that key, so the payload never changes.
 */
@Component
public class AssertionPayload {

    private final OpenBadges2Documents documents;
    private final SigningKeys keys;
    private final AssertionSigner signer;

    AssertionPayload(OpenBadges2Documents documents, SigningKeys keys, AssertionSigner signer) {
        this.documents = documents;
        this.keys = keys;
        this.signer = signer;
    }

    public String of(AssertionRecord assertion, BadgeClass badge) {
        if (assertion.verification() != VerificationMethod.SIGNED) {
            return documents.assertion(assertion, badge, null).toString();
        }
        SigningKey key = keys.forIssuer(badge.issuerId());
        if (assertion.signingKeyId() == null) {
            assertion.signedWith(key.id());
        }
        return signer.sign(documents.assertion(assertion, badge, key.id()).toString(), key);
    }
}
