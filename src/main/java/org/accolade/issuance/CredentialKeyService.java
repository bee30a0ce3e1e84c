package org.accolade.issuance;

import java.util.List;

import org.accolade.catalog.IssuerService;
import org.accolade.issuance.internal.signing.CredentialKeys;
import org.accolade.security.CurrentMember;
import org.accolade.shared.DomainException;
import org.accolade.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The issuer's Open Badges 3.0 keys, as its admins manage them: a rotation makes new keys sign from now on, while
 * the earlier ones stay in the DID document so that every credential already issued stays verifiable.
 */
@Service
public class CredentialKeyService {

    private final CredentialKeys keys;
    private final IssuerService issuers;
    private final OpenBadgesUrls urls;
    private final CurrentMember currentMember;

    CredentialKeyService(CredentialKeys keys, IssuerService issuers, OpenBadgesUrls urls,
            CurrentMember currentMember) {
        this.keys = keys;
        this.issuers = issuers;
        this.urls = urls;
        this.currentMember = currentMember;
    }

    /**
     * Only an admin of that issuer rotates its keys: to the admins of another, it is unknown (ADR 17).
     *
     * @return the verification methods the issuer's DID document now lists, oldest first
     */
    @PreAuthorize("hasRole('ORGANISATION_ADMIN')")
    public List<String> rotate(OrganisationId issuer) {
        issuers.find(issuer).filter(found -> currentMember.administers(issuer))
                .orElseThrow(() -> DomainException.notFound("issuer.unknown", "id"));
        keys.rotate(issuer.value());
        String did = urls.issuerDid(issuer.value());
        return keys.published(issuer.value()).stream().map(key -> did + "#" + key.fragment()).toList();
    }
}
