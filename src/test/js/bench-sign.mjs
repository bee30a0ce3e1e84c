// Request: {"credential": <unsigned credential>, "count": N}
// Result:  {"count": N, "seconds": s, "perSecond": x, "verifySeconds": s, "verifyPerSecond": x}
// Digital Bazaar's eddsa-rdfc-2022 on one thread (Node runs JavaScript on one), after a warm-up, as a yardstick
// for Accolade's own signing and verifying throughput. Contexts come from memory after the first load.
import {main} from './common.mjs';
import {keyPairFor, sign, verifyingSuite, withIssuer} from './signing.mjs';
import {documentLoader} from './common.mjs';
import * as vc from '@digitalbazaar/vc';

const WARM_UP = 20;

async function verifyOnce(signed) {
  const result = await vc.verifyCredential({
    credential: signed, suite: verifyingSuite(), documentLoader, checkStatus: async () => ({verified: true})
  });
  if(!result.verified) {
    throw new Error('A credential signed here did not verify: ' + (result.error?.message ?? 'unknown'));
  }
}

await main(async ({credential, count = 100}) => {
  if(!(Number.isInteger(count) && count > 0)) {
    throw new Error('"count" must be a positive integer');
  }
  const {did, keyPair} = await keyPairFor();
  const unsigned = withIssuer(credential, did);
  let signed;
  for(let i = 0; i < WARM_UP; i++) {
    signed = await sign(unsigned, keyPair);
    await verifyOnce(signed);
  }
  let start = process.hrtime.bigint();
  for(let i = 0; i < count; i++) {
    signed = await sign(unsigned, keyPair);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  start = process.hrtime.bigint();
  for(let i = 0; i < count; i++) {
    await verifyOnce(signed);
  }
  const verifySeconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    count, seconds, perSecond: count / seconds,
    verifySeconds, verifyPerSecond: count / verifySeconds
  };
});
