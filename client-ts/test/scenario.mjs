// The library's scenario against a running Vigil, driven by the it module (TypeScriptClientIT):
// enrolls a device and listens on its push connection, gets tokens with private_key_jwt (client
// credentials, CIBA approved and denied through the push messages), reads the patient's FHIR
// Observations, uploads a PDF, has the device sign it, verifies it, and records how refusals
// come out. Prints one line: RESULT {json}. Environment: see ClientLibraryScene.
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { VigilApi, VigilDevice, VigilOAuthError, VigilOidcClient, VigilProblemError, VigilPushConnection } from '../dist/index.js';

const env = process.env;
const result = { timings: {} };
let lastMark = Date.now();
const mark = (step) => {
  result.timings[step] = Date.now() - lastMark;
  lastMark = Date.now();
};
const refusal = async (call) => {
  try {
    await call();
    return { refused: false };
  } catch (e) {
    if (e instanceof VigilOAuthError) return { kind: 'oauth', error: e.error, description: e.errorDescription, status: e.status };
    if (e instanceof VigilProblemError) return { kind: 'problem', type: e.type, title: e.title, status: e.status, detail: e.detail };
    return { kind: 'other', message: String(e) };
  }
};

const device = await VigilDevice.enroll(env.ISSUER, env.ENROLLMENT_CODE, 'TypeScript library');
result.authenticatorId = device.authenticatorId;
mark('enroll');

// The person's decisions: approve the CIBA request whose binding says so, deny the other, sign what is asked.
const pushed = [];
const push = await VigilPushConnection.open(device, async (message) => {
  pushed.push(message.kind);
  const request = message.payload;
  if (message.kind !== 'approval-request') return;
  if (request.kind === 'signature') {
    await device.signDocuments(request);
  } else if (request.bindingMessage.startsWith('TS approve')) {
    await device.decide(request, true);
  } else if (request.bindingMessage.startsWith('TS deny')) {
    await device.decide(request, false);
  }
});

const client = await VigilOidcClient.connect({ issuer: env.ISSUER, clientId: env.CLIENT_ID, privateKey: JSON.parse(env.CLIENT_KEY) });
result.clientToken = Boolean((await client.clientCredentials()).accessToken);
const impostor = await VigilOidcClient.connect({ issuer: env.ISSUER, clientId: env.CLIENT_ID, privateKey: JSON.parse(env.UNREGISTERED_KEY) });
result.badAssertion = await refusal(() => impostor.clientCredentials());
mark('clientCredentials');

const approved = await client.startCiba({ loginHint: env.EMAIL, bindingMessage: 'TS approve 4711' });
const tokens = await client.pollCiba(approved);
result.cibaSubject = tokens.subject;
mark('cibaApproved');
const denied = await client.startCiba({ loginHint: env.EMAIL, bindingMessage: 'TS deny 4712' });
result.cibaDenied = await refusal(() => client.pollCiba(denied));
mark('cibaDenied');

const api = new VigilApi(env.ISSUER, tokens.accessToken);
const observations = await api.fhir.observations(env.PATIENT_ID);
result.observationCodes = observations.flatMap((o) => (o.code?.coding ?? []).map((c) => c.code));
result.unknownPatient = await refusal(() => api.fhir.observations(randomUUID()));
mark('fhir');

const pdf = new Uint8Array(await readFile(env.PDF));
const document = await api.documents.upload(pdf, 'Signed from TypeScript');
result.unsignedVerification = await refusal(() => api.documents.verify(pdf));
result.unknownDocument = await refusal(() => api.documents.describe(randomUUID()));
result.badLevel = await refusal(() => api.documents.requestSignature([document.id], { level: 'XL' }));
const signing = await api.documents.requestSignature([document.id], { level: 'B' });
let state = signing;
for (let i = 0; i < 60 && state.status === 'PENDING'; i++) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  state = await api.documents.signingRequest(signing.id);
}
result.signingStatus = state.status;
mark('signing');
const signed = await api.documents.download(document.id);
result.verification = (await api.documents.verify(signed)).signatures;
mark('verification');
result.pushedKinds = [...new Set(pushed)];

push.close();
console.log('RESULT ' + JSON.stringify(result));
