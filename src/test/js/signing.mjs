// Digital Bazaar's eddsa-rdfc-2022 signing and verifying, shared by sign.mjs, verify.mjs and bench-sign.mjs.
import {documentLoader} from './common.mjs';
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

/**
 * An Ed25519 key pair (Multikey) from a 32-byte hex seed when given, so tests can repeat it. Its DID is the
 * did:key of the public key; or `didWeb` when given, the key being `${didWeb}#key-1` in the DID document returned.
 */
export async function keyPairFor(seedHex, didWeb) {
  const seed = seedHex ? Uint8Array.from(Buffer.from(seedHex, 'hex')) : undefined;
  if(seed && seed.length !== 32) {
    throw new Error('"seed" must be 32 bytes (64 hex digits)');
  }
  const keyPair = await Ed25519Multikey.generate(seed ? {seed} : {});
  if(!didWeb) {
    const did = `did:key:${keyPair.publicKeyMultibase}`;
    keyPair.controller = did;
    keyPair.id = `${did}#${keyPair.publicKeyMultibase}`;
    return {did, keyPair};
  }
  if(!didWeb.startsWith('did:web:')) {
    throw new Error('"did" must be a did:web');
  }
  keyPair.controller = didWeb;
  keyPair.id = `${didWeb}#key-1`;
  const didDocument = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: didWeb,
    verificationMethod: [{
      id: keyPair.id, type: 'Multikey', controller: didWeb, publicKeyMultibase: keyPair.publicKeyMultibase
    }],
    assertionMethod: [keyPair.id]
  };
  return {did: didWeb, keyPair, didDocument};
}

/** Sets the issuer (string, or the id of an issuer object) to `did`, leaving everything else as given. */
export function withIssuer(credential, did) {
  const copy = structuredClone(credential);
  if(copy.issuer && typeof copy.issuer === 'object') {
    copy.issuer.id = did;
  } else {
    copy.issuer = did;
  }
  return copy;
}

/**
 * Signs with eddsa-rdfc-2022, proofPurpose assertionMethod (vc.issue's default); JSON-LD safe mode.
 * vc.issue adds the proof to the object it is given (a second call would make a proof set), hence the copy.
 */
export async function sign(credential, keyPair) {
  const suite = new DataIntegrityProof({signer: keyPair.signer(), cryptosuite: eddsaRdfc2022});
  return vc.issue({credential: structuredClone(credential), suite, documentLoader});
}

/** The verifying suite: accepts eddsa-rdfc-2022 Data Integrity proofs only. */
export function verifyingSuite() {
  return new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
}
