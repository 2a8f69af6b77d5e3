// An independent relying party: openid-client runs discovery, the code flow with PKCE, userinfo,
// refresh, introspection and revocation against Vigil. The Java test plays the browser: this
// script prints the authorization URL, reads the callback URL on stdin, and prints its findings
// as one JSON object. Any failure exits non-zero with the library's own error.
import * as client from 'openid-client';
import { createInterface } from 'node:readline';

const { ISSUER, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI } = process.env;

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const readLine = async () => (await lines.next()).value;

// The client is registered for client_secret_basic, and Vigil holds a client to its registered method.
const config = await client.discovery(new URL(ISSUER), CLIENT_ID, undefined, client.ClientSecretBasic(CLIENT_SECRET), {
  execute: [client.allowInsecureRequests],
});

const verifier = client.randomPKCECodeVerifier();
const nonce = client.randomNonce();
const state = client.randomState();
const authorizationUrl = client.buildAuthorizationUrl(config, {
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
});
const idClaims = tokens.claims();
const userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
const introspected = await client.tokenIntrospection(config, refreshed.access_token);
await client.tokenRevocation(config, refreshed.refresh_token);
const afterRevocation = await client.tokenIntrospection(config, refreshed.refresh_token);

console.log('RESULT ' + JSON.stringify({
  sub: idClaims.sub,
  acr: idClaims.acr,
  amr: idClaims.amr,
  email: userinfo.email,
  refreshedAccessToken: refreshed.access_token !== tokens.access_token,
  rotatedRefreshToken: refreshed.refresh_token !== tokens.refresh_token,
  introspectedActive: introspected.active,
  introspectedSub: introspected.sub,
  revokedActive: afterRevocation.active,
}));
process.exit(0);
