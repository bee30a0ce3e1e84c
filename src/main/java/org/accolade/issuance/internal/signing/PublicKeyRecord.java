package org.accolade.issuance.internal.signing;

import java.util.UUID;

import org.accolade.shared.OrganisationId;

/** The public half of an issuer's key, as hosted in a CryptographicKey document. */
public record PublicKeyRecord(UUID id, OrganisationId issuerId, String pem) {
}
