// Request: {"credential": <object> | "<compact JWS>", "documents": {URL or DID: JSON},
//           "schema": "achievement" | "endorsement" | null, "checkStatus": bool, "knownDIDRegistries"?: [...]}
// Result:  {"digitalbazaar": {verified, errors}, "dcc": {verified, log, additionalInformation, errors},
//           "schema": {valid, errors}, "jwt": {verified, header, payload, errors}, "status": {revoked, errors, ...},
//           "unresolved": [URLs nobody could load]}
// A section that does not apply is null: digitalbazaar and dcc for a JWT, jwt for a JSON credential,
// schema when no schema is asked for. Nothing throws: every failure is an entry in an "errors" list.
import {documentLoader, errorJson, localSchema, resolveDid} from './common.mjs';
import {verifyingSuite} from './signing.mjs';
import * as vc from '@digitalbazaar/vc';
import {checkStatus as checkBitstringStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {verifyCredential as dccVerifyCredential} from '@digitalcredentials/verifier-core';
import {Ajv2019} from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import * as jose from 'jose';
import {main} from './common.mjs';

const SCHEMAS = {
  achievement: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
  endorsement: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json'
};

function issuerId(credential) {
  const {issuer} = credential ?? {};
  return issuer && typeof issuer === 'object' ? issuer.id : issuer;
}

/** Digital Bazaar: vc.verifyCredential with eddsa-rdfc-2022; the bitstring status list when asked for. */
async function digitalBazaar(credential, wantStatus) {
  try {
    // a credential with credentialStatus needs a checkStatus function; when status is not wanted, a no-op
    const checkStatus = wantStatus ? checkBitstringStatus : async () => ({verified: true});
    const result = await vc.verifyCredential({
      credential, suite: verifyingSuite(), documentLoader, checkStatus
    });
    const errors = [];
    if(result.error) {
      errors.push(errorJson(result.error));
    }
    if(result.statusResult && !result.statusResult.verified) {
      // the status list could not be used: verified is false, and the reason is only in statusResult
      errors.push(errorJson(result.statusResult.error ?? {message: 'The status check failed.'}));
    }
    if(!result.error) {
      // a proof that failed is reported per proof only
      for(const r of result.results ?? []) {
        if(r.error) {
          errors.push(errorJson(r.error));
        }
      }
    }
    return {verified: result.verified === true, errors, statusResult: result.statusResult};
  } catch(error) {
    return {verified: false, errors: [errorJson(error)]};
  }
}

/**
 * DCC verifier-core. It draws no overall conclusion itself; "verified" here means no fatal error and the
 * valid_signature and expiration steps valid. Revocation is reported under "status", and registered_issuer
 * stays in the log: it is false unless the request names registries (knownDIDRegistries) listing the issuer.
 */
async function dcc(credential, knownDIDRegistries) {
  try {
    const result = await dccVerifyCredential({credential, knownDIDRegistries});
    const log = result.log ?? [];
    const errors = (result.errors ?? []).map(e => errorJson(e));
    const step = id => log.find(entry => entry.id === id);
    const verified = errors.length === 0 &&
      step('valid_signature')?.valid === true && step('expiration')?.valid === true;
    return {verified, log, additionalInformation: result.additionalInformation ?? [], errors};
  } catch(error) {
    return {verified: false, log: [], additionalInformation: [], errors: [errorJson(error)]};
  }
}

/** The revocation bit, read by Digital Bazaar's bitstring status list library; DCC's reading beside it. */
function status(credential, wantStatus, db, dccResult) {
  if(!wantStatus) {
    return {revoked: null, errors: []};
  }
  if(!credential.credentialStatus) {
    return {revoked: null, errors: [{message: 'The credential has no credentialStatus.'}]};
  }
  const errors = [];
  const statusResult = db.statusResult;
  let revoked = null;
  let suspended = null;
  if(statusResult?.error) {
    errors.push(errorJson(statusResult.error));
  }
  for(const r of statusResult?.results ?? []) {
    if(r.credentialStatus?.statusPurpose === 'revocation') {
      revoked = r.status === true;
    } else if(r.credentialStatus?.statusPurpose === 'suspension') {
      suspended = r.status === true;
    }
  }
  if(!statusResult && !db.verified) {
    errors.push({message: 'Digital Bazaar did not reach the status check (see digitalbazaar.errors).'});
  }
  // DCC logs revocation_status valid=false when the bit is set, or an error when the list cannot be used
  const dccStep = dccResult.log.find(entry => entry.id === 'revocation_status');
  const dccRevoked = dccStep && 'valid' in dccStep ? dccStep.valid === false : null;
  if(dccStep?.error) {
    errors.push({name: 'dcc', message: dccStep.error.message, details: dccStep.error});
  }
  if(revoked !== null && dccRevoked !== null && revoked !== dccRevoked) {
    errors.push({message: `Digital Bazaar reads revoked=${revoked}, DCC reads revoked=${dccRevoked}.`});
  }
  return {revoked, suspended, dccRevoked, errors};
}

let ajv;

/** ajv (JSON Schema 2019-09, all errors, formats) with the official Open Badges 3.0 schema. */
function schemaCheck(json, name) {
  if(!name) {
    return null;
  }
  try {
    const url = SCHEMAS[name];
    if(!url) {
      throw new Error(`Unknown schema "${name}": use achievement or endorsement`);
    }
    if(!ajv) {
      ajv = new Ajv2019({allErrors: true, strict: false});
      addFormats(ajv);
    }
    const validate = ajv.getSchema(url) ?? ajv.compile(localSchema(url));
    const valid = validate(json);
    return {valid, errors: valid ? [] : validate.errors};
  } catch(error) {
    return {valid: false, errors: [errorJson(error)]};
  }
}

/**
 * VC-JWT (OB 3.0 §8.2): the key is the publicKeyJwk of the verification method named by `kid`, resolved
 * through the request's DID documents; then the claims of §8.2.6.1 against the credential, which is the payload.
 */
async function verifyJwt(jwt) {
  const errors = [];
  let header = null;
  let payload = null;
  let verified = false;
  try {
    header = jose.decodeProtectedHeader(jwt);
    payload = jose.decodeJwt(jwt);
    let kid = header.kid;
    if(!kid) {
      throw new Error('The JOSE header has no kid (an embedded jwk is not trusted here).');
    }
    if(kid.startsWith('#')) {
      kid = payload.iss + kid;
    }
    const method = await resolveDid(kid);
    if(!method?.publicKeyJwk) {
      throw new Error(`The verification method "${kid}" has no publicKeyJwk.`);
    }
    const key = await jose.importJWK(method.publicKeyJwk, header.alg);
    ({payload} = await jose.jwtVerify(jwt, key, {algorithms: ['ES256', 'RS256']}));
    verified = true;
    if(kid.split('#')[0] !== payload.iss) {
      errors.push({message: `The key "${kid}" is not a key of the issuer "${payload.iss}".`});
    }
  } catch(error) {
    errors.push(errorJson(error));
  }
  if(payload) {
    const claim = (name, expected) => {
      if(payload[name] !== expected) {
        errors.push({message: `The claim "${name}" is ${JSON.stringify(payload[name])}, ` +
          `the credential says ${JSON.stringify(expected)}.`});
      }
    };
    const seconds = date => (date ? Math.floor(Date.parse(date) / 1000) : undefined);
    claim('iss', issuerId(payload));
    claim('jti', payload.id);
    claim('nbf', seconds(payload.validFrom));
    if('exp' in payload || payload.validUntil) {
      claim('exp', seconds(payload.validUntil));
    }
    const subjectId = [].concat(payload.credentialSubject ?? [])[0]?.id;
    if(subjectId !== undefined || 'sub' in payload) {
      claim('sub', subjectId);
    }
  }
  return {verified: verified && errors.length === 0, header, payload, errors};
}

await main(async request => {
  const {credential, schema = null, checkStatus: wantStatus = false, knownDIDRegistries = []} = request;
  if(typeof credential === 'string') {
    const jwt = await verifyJwt(credential.trim());
    return {
      digitalbazaar: null, dcc: null,
      schema: schemaCheck(jwt.payload ?? {}, schema),
      jwt,
      status: {revoked: null, errors: wantStatus ? [{message: 'Status is not checked for a JWT.'}] : []}
    };
  }
  if(!credential || typeof credential !== 'object') {
    throw new Error('"credential" must be a JSON object or a compact JWS string');
  }
  // each verifier gets its own copy: the libraries may add to what they are given
  const db = await digitalBazaar(structuredClone(credential), wantStatus);
  const dccResult = await dcc(structuredClone(credential), knownDIDRegistries);
  const result = {
    digitalbazaar: {verified: db.verified, errors: db.errors},
    dcc: dccResult,
    schema: schemaCheck(credential, schema),
    jwt: null,
    status: status(credential, wantStatus, db, dccResult)
  };
  return result;
});
