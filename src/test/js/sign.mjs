// Request: {"credential": <unsigned credential>, "seed"?: "<32-byte hex>", "did"?: "did:web:…"}
// Result:  {"credential": <signed>, "did": "did:key:z6Mk…", "publicKeyMultibase": "z6Mk…"}
//          (with "did": a did:web, also "didDocument", to pass back to verify.mjs in "documents")
//          or {"error": {...}} when the libraries refuse (JSON-LD safe mode: an undefined term, for example)
// Signs with Ed25519 and eddsa-rdfc-2022 (proofPurpose assertionMethod) after setting the issuer to the DID, so
// Accolade's own verifier can be tested against an implementation that is not Accolade's.
import {main} from './common.mjs';
import {keyPairFor, sign, withIssuer} from './signing.mjs';

await main(async ({credential, seed, did: didWeb}) => {
  const {did, keyPair, didDocument} = await keyPairFor(seed, didWeb);
  const signed = await sign(withIssuer(credential, did), keyPair);
  return {credential: signed, did, publicKeyMultibase: keyPair.publicKeyMultibase, ...(didDocument && {didDocument})};
});
