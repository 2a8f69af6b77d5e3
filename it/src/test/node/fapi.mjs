// FAPI 2.0's two mechanisms through an independent relying party: openid-client pushes its authorization request
// (RFC 9126), gets DPoP-bound tokens (RFC 9449) in the code flow, and reads userinfo, the REST API and FHIR with DPoP
// proofs it makes itself. Then the refusals a stolen or replayed credential must meet, with proofs made here by jose
// from the same key: the bound token without a proof (as DPoP and as Bearer), a proof for another URL, for another
// method, and a proof sent twice. The Java test plays the browser: this script prints the authorization URL, reads
// the callback URL on stdin, and prints its findings as one JSON object.
import * as client from 'openid-client';
import { SignJWT, exportJWK, base64url } from 'jose';
import { createHash, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';

const { ISSUER, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const readLine = async () => (await lines.next()).value;

const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.ClientSecretBasic(CLIENT_SECRET), {
  execute: [client.allowInsecureRequests],
});
const metadata = config.serverMetadata();
const keyPair = await client.randomDPoPKeyPair('ES256');
const DPoP = client.getDPoPHandle(config, keyPair);

const verifier = client.randomPKCECodeVerifier();
const nonce = client.randomNonce();
const state = client.randomState();
const authorizationUrl = await client.buildAuthorizationUrlWithPAR(config, {
  redirect_uri: REDIRECT_URI,
  scope: 'openid profile email offline_access',
  code_challenge: await client.calculatePKCECodeChallenge(verifier),
  code_challenge_method: 'S256',
  nonce,
  state,
});
console.log('AUTHORIZE ' + authorizationUrl.href);

const callback = new URL(await readLine());
const tokens = await client.authorizationCodeGrant(config, callback, {
  pkceCodeVerifier: verifier,
  expectedNonce: nonce,
  expectedState: state,
  idTokenExpected: true,
}, undefined, { DPoP });
const accessToken = tokens.access_token;
const sub = tokens.claims().sub;
const userinfo = await client.fetchUserInfo(config, accessToken, sub, { DPoP });
const documentsUrl = new URL(ISSUER + '/api/v1/documents');
const documents = await client.fetchProtectedResource(config, accessToken, documentsUrl, 'GET', undefined, undefined, { DPoP });
const fhirUrl = new URL(ISSUER + '/fhir/Patient/' + sub);
const fhir = await client.fetchProtectedResource(config, accessToken, fhirUrl, 'GET', undefined, undefined, { DPoP });
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token, undefined, { DPoP });

// A proof of our own, to present as a thief or a replayer would.
const publicJwk = await exportJWK(keyPair.publicKey);
const ath = base64url.encode(createHash('sha256').update(accessToken).digest());
const proof = (method, url) => new SignJWT({ htm: method, htu: url, iat: Math.floor(Date.now() / 1000), jti: randomUUID(), ath })
  .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: publicJwk })
  .sign(keyPair.privateKey);
const call = async (authorization, dpopProof) => {
  const headers = { authorization };
  if (dpopProof) headers.dpop = dpopProof;
  const response = await fetch(documentsUrl, { headers });
  return { status: response.status, challenge: response.headers.get('www-authenticate') };
};
const noProof = await call('DPoP ' + accessToken);
const asBearer = await call('Bearer ' + accessToken);
const userinfoAsBearer = await fetch(metadata.userinfo_endpoint, { headers: { authorization: 'Bearer ' + accessToken } });
const otherUrl = await call('DPoP ' + accessToken, await proof('GET', ISSUER + '/api/v1/signing-requests'));
const otherMethod = await call('DPoP ' + accessToken, await proof('POST', documentsUrl.href));
const once = await proof('GET', documentsUrl.href);
const firstUse = await call('DPoP ' + accessToken, once);
const replayed = await call('DPoP ' + accessToken, once);

console.log('RESULT ' + JSON.stringify({
  discovery: {
    par: metadata.pushed_authorization_request_endpoint,
    dpopAlgs: metadata.dpop_signing_alg_values_supported,
  },
  pushed: authorizationUrl.searchParams.has('request_uri') && !authorizationUrl.searchParams.has('redirect_uri'),
  tokenType: tokens.token_type,
  refreshedTokenType: refreshed.token_type,
  email: userinfo.email,
  documentsStatus: documents.status,
  fhirStatus: fhir.status,
  noProof,
  asBearer,
  userinfoAsBearer: userinfoAsBearer.status,
  otherUrl,
  otherMethod,
  firstUse,
  replayed,
}));
process.exit(0);
