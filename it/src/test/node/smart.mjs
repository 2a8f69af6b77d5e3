// A SMART App Launch 2.x standalone launch by an independent public client: openid-client, configured from the FHIR
// server's .well-known/smart-configuration (not from OpenID discovery), runs the code flow with PKCE for the SMART
// scopes, then reads FHIR with the token as an outside app would: the launched patient's record and vital signs, and
// what it must not reach (another patient, other resource types, the REST API). After the Java test withdraws the
// patient's consent, the same token and refresh token are tried again. The Java test plays the browser: this script
// prints the authorization URL, reads the callback URL on stdin, prints RESULT, waits for a line, prints AFTER.
import * as client from 'openid-client';
import { createInterface } from 'node:readline';

const { ISSUER, FHIR_BASE, CLIENT_ID, REDIRECT_URI, OTHER_PATIENT } = process.env;

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const readLine = async () => (await lines.next()).value;

const smart = await (await fetch(FHIR_BASE + '/.well-known/smart-configuration')).json();
const config = new client.Configuration({
  issuer: smart.issuer,
  authorization_endpoint: smart.authorization_endpoint,
  token_endpoint: smart.token_endpoint,
  jwks_uri: smart.jwks_uri,
}, CLIENT_ID, { id_token_signed_response_alg: 'ES256' }, client.None());
client.allowInsecureRequests(config);

const verifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const authorizationUrl = client.buildAuthorizationUrl(config, {
  redirect_uri: REDIRECT_URI,
  scope: 'openid launch/patient patient/Observation.rs patient/Patient.r offline_access',
  code_challenge: await client.calculatePKCECodeChallenge(verifier),
  code_challenge_method: 'S256',
  state,
  aud: FHIR_BASE, // SMART: the FHIR server the token is for
});
console.log('AUTHORIZE ' + authorizationUrl.href);

const callback = new URL(await readLine());
const tokens = await client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
const patient = tokens.patient;

const read = async (url, token = tokens.access_token, accept = 'application/fhir+json') => {
  const response = await fetch(url, { headers: { authorization: 'Bearer ' + token, accept } });
  const text = await response.text();
  let body = null;
  try { body = JSON.parse(text); } catch { body = text; }
  return { status: response.status, body };
};

const patientRead = await read(`${FHIR_BASE}/Patient/${patient}`);
const search = await read(`${FHIR_BASE}/Observation?patient=${patient}`);
const firstId = search.body?.entry?.[0]?.resource?.id;
const observationRead = firstId ? await read(`${FHIR_BASE}/Observation/${firstId}`) : { status: 0 };
const otherSearch = await read(`${FHIR_BASE}/Observation?patient=${OTHER_PATIENT}`);
const otherPatient = await read(`${FHIR_BASE}/Patient/${OTHER_PATIENT}`);
const patientSearch = await read(`${FHIR_BASE}/Patient?_id=${patient}`);
const prescriptions = await read(`${FHIR_BASE}/MedicationRequest?patient=${patient}`);
const restApi = await read(`${ISSUER}/api/v1/patients/${patient}/calls`, tokens.access_token, 'application/json');
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
const afterRefresh = await read(`${FHIR_BASE}/Observation?patient=${patient}`, refreshed.access_token);

console.log('RESULT ' + JSON.stringify({
  smartCapabilities: smart.capabilities,
  scope: tokens.scope,
  patient,
  tokenType: tokens.token_type,
  hasRefreshToken: typeof tokens.refresh_token === 'string',
  accessToken: tokens.access_token,
  patientRead: { status: patientRead.status, birthDate: patientRead.body?.birthDate },
  search: { status: search.status, codes: (search.body?.entry ?? []).map((e) => e.resource.code.coding[0].code).sort() },
  observationRead: { status: observationRead.status },
  otherSearch: { status: otherSearch.status, issue: otherSearch.body?.resourceType },
  otherPatient: { status: otherPatient.status },
  patientSearch: { status: patientSearch.status },
  prescriptions: { status: prescriptions.status },
  restApi: { status: restApi.status },
  refreshedPatient: refreshed.patient,
  afterRefresh: { status: afterRefresh.status },
}));

await readLine(); // the patient withdrew the app's access
const afterWithdrawal = await read(`${FHIR_BASE}/Observation?patient=${patient}`, refreshed.access_token);
let refreshError = null;
try {
  await client.refreshTokenGrant(config, refreshed.refresh_token);
} catch (e) {
  refreshError = e.error ?? e.code ?? String(e);
}
console.log('AFTER ' + JSON.stringify({ fhirStatus: afterWithdrawal.status, refreshError }));
process.exit(0);
