// Shared by the scripts: one JSON request on stdin, one JSON result on stdout, and nothing from the network.
//
// Import this module first. It routes console.log to stderr (the DCC issuer-registry client logs to stdout,
// which would corrupt the result) and replaces globalThis.fetch (DCC's verifier-core fetches did:web
// documents, status lists and unknown contexts with fetch, through ky).
import {readFileSync, existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as DidKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';

console.log = (...args) => console.error(...args);
console.info = (...args) => console.error(...args);

/** The folder with index.json: $ACCOLADE_OPENBADGES_DIR, else found upward from this script. */
function openBadgesDir() {
  if(process.env.ACCOLADE_OPENBADGES_DIR) {
    return process.env.ACCOLADE_OPENBADGES_DIR;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for(;;) {
    const candidate = join(dir, 'src', 'main', 'resources', 'openbadges');
    if(existsSync(join(candidate, 'index.json'))) {
      return candidate;
    }
    const parent = dirname(dir);
    if(parent === dir) {
      throw new Error('src/main/resources/openbadges/index.json not found; set ACCOLADE_OPENBADGES_DIR');
    }
    dir = parent;
  }
}

const OPEN_BADGES = resolve(openBadgesDir());
const INDEX = JSON.parse(readFileSync(join(OPEN_BADGES, 'index.json'), 'utf8'));

const parsed = new Map();

/** A file under the openbadges folder, read once; each caller gets its own copy to change at will. */
function readLocal(relative) {
  if(!parsed.has(relative)) {
    parsed.set(relative, JSON.parse(readFileSync(join(OPEN_BADGES, relative), 'utf8')));
  }
  return structuredClone(parsed.get(relative));
}

/** A published JSON-LD context from the repository's files, or undefined. */
export function localContext(url) {
  const file = INDEX.contexts[url];
  return file ? readLocal(file) : undefined;
}

/** A published JSON Schema from the repository's files, or undefined. */
export function localSchema(url) {
  const file = INDEX.schemas[url];
  return file ? readLocal(file) : undefined;
}

/** Every URL or DID that was asked for and not found: part of each result, so a miss is never silent. */
export const unresolved = [];

// URL or DID -> JSON, from the request's "documents" (DID documents, status list credentials, registries)
const documents = new Map();

/** did:web:host(:path)* -> the HTTPS URL its DID document is published at (DID Web method spec §3.2). */
export function didWebUrl(did) {
  const [host, ...path] = did.slice('did:web:'.length).split(':');
  const origin = 'https://' + decodeURIComponent(host);
  return path.length === 0 ? `${origin}/.well-known/did.json`
    : `${origin}/${path.map(decodeURIComponent).join('/')}/did.json`;
}

/** Registers the request's documents; a did:web document is also reachable at its HTTPS URL. */
export function useDocuments(map = {}) {
  for(const [key, value] of Object.entries(map ?? {})) {
    documents.set(key, value);
    if(key.startsWith('did:web:') && !key.includes('#')) {
      documents.set(didWebUrl(key), value);
    }
  }
}

function copy(json) {
  return structuredClone(json);
}

function findInDidDocument(didDocument, url) {
  const fragment = url.slice(url.indexOf('#'));
  const matches = node => node && typeof node === 'object' &&
    (node.id === url || node.id === fragment);
  for(const [key, value] of Object.entries(didDocument)) {
    if(key === '@context') {
      continue;
    }
    const found = Array.isArray(value) ? value.find(matches) : (matches(value) ? value : undefined);
    if(found) {
      // a verification method is returned with the DID document's @context, as DID resolvers do
      return {'@context': didDocument['@context'], ...copy(found), id: url};
    }
  }
  return undefined;
}

const didKeyDriver = DidKey.driver();
didKeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

/** Resolves a DID or DID URL: did:key by computation, anything else from the request's documents. */
export async function resolveDid(url) {
  if(url.startsWith('did:key:')) {
    return didKeyDriver.get({url});
  }
  if(documents.has(url)) {
    return copy(documents.get(url));
  }
  const did = url.split('#')[0];
  const didDocument = documents.get(did);
  if(didDocument && url.includes('#')) {
    const node = findInDidDocument(didDocument, url);
    if(node) {
      return node;
    }
  }
  if(didDocument && !url.includes('#')) {
    return copy(didDocument);
  }
  unresolved.push(url);
  throw new Error(`Offline document loader: no document for "${url}"`);
}

/** The jsonld.js document loader of the Digital Bazaar side: the repository's contexts, did:key, documents. */
export async function documentLoader(url) {
  const context = localContext(url);
  if(context) {
    return {contextUrl: null, documentUrl: url, document: context};
  }
  if(url.startsWith('did:')) {
    return {contextUrl: null, documentUrl: url, document: await resolveDid(url)};
  }
  if(documents.has(url)) {
    return {contextUrl: null, documentUrl: url, document: copy(documents.get(url))};
  }
  unresolved.push(url);
  throw new Error(`Offline document loader: no document for "${url}"`);
}

// The DCC stack resolves with its own loader, which falls back to fetch for what it does not bundle.
// Unknown URLs answer 404 (so DCC reports "not found" as it would online) and are listed in `unresolved`.
globalThis.fetch = async function offlineFetch(input) {
  const url = typeof input === 'string' ? input : (input instanceof URL ? input.href : input.url);
  const json = localContext(url) ?? localSchema(url) ?? documents.get(url);
  if(json === undefined) {
    unresolved.push(url);
    return new Response(JSON.stringify({error: 'offline: not in the request documents'}), {
      status: 404, statusText: 'Not Found', headers: {'content-type': 'application/json'}
    });
  }
  return new Response(JSON.stringify(json), {
    status: 200, headers: {'content-type': 'application/json'}
  });
};

/** An Error (or anything thrown) as plain JSON: name, message, and the nested errors/cause libraries use. */
export function errorJson(error, depth = 0) {
  if(error === null || error === undefined) {
    return null;
  }
  if(typeof error !== 'object') {
    return {message: String(error)};
  }
  const json = {name: error.name, message: error.message ?? String(error)};
  if(depth < 4) {
    if(Array.isArray(error.errors)) {
      json.errors = error.errors.map(e => errorJson(e, depth + 1));
    }
    if(error.cause) {
      json.cause = errorJson(error.cause, depth + 1);
    }
    if(error.details && typeof error.details === 'object') {
      try {
        json.details = JSON.parse(JSON.stringify(error.details));
      } catch{
        // details that do not serialize are left out
      }
    }
  }
  return json;
}

/** Reads stdin, runs `handle(request)`, writes its result (or the failure) as one JSON document. */
export async function main(handle) {
  let result;
  try {
    const chunks = [];
    for await (const chunk of process.stdin) {
      chunks.push(chunk);
    }
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    useDocuments(request.documents);
    result = await handle(request);
  } catch(error) {
    result = {error: errorJson(error)};
  }
  result.unresolved = [...new Set(unresolved)];
  process.stdout.write(JSON.stringify(result) + '\n');
}
