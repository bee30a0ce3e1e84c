/**
 * Verifiable credentials, the parts of the W3C standards that issuing and verifying share: the official JSON-LD
 * contexts read offline, RDF canonicalisation, Data Integrity proofs ({@code eddsa-rdfc-2022}), Ed25519 keys as
 * Multikey and did:key, did:web addresses and the Bitstring Status List. Open to every module.
 */
@org.springframework.modulith.NamedInterface("credentials")
package org.accolade.shared.credentials;
