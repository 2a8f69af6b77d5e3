// The device's proofs, checked with the public key as the server checks them (no server needed): node --test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify } from 'jose';
import { VigilDevice } from '../dist/index.js';

const ISSUER = 'https://vigil.example';

async function device() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { device: await VigilDevice.restore({ issuer: `${ISSUER}/`, authenticatorId: '6f1c', privateKey: jwk }), publicKey };
}

test('an assertion names the request without its query and is single use', async () => {
  const { device: d, publicKey } = await device();
  const url = `${ISSUER}/api/v1/authenticators/requests?x=1`;
  const first = await d.assertion('get', url);
  const { payload } = await jwtVerify(first, publicKey, { audience: ISSUER, typ: 'vigil-device+jwt' });
  assert.equal(decodeProtectedHeader(first).kid, '6f1c');
  assert.equal(payload.htm, 'GET');
  assert.equal(payload.htu, `${ISSUER}/api/v1/authenticators/requests`);
  assert.ok(payload.exp - payload.iat <= 120);
  assert.ok(payload.jti.length >= 16);
  const second = await jwtVerify(await d.assertion('get', url), publicKey);
  assert.notEqual(second.payload.jti, payload.jti);
});

test('a stored device signs with the same key', async () => {
  const { device: d, publicKey } = await device();
  const restored = await VigilDevice.restore(JSON.parse(JSON.stringify(d.state())));
  await jwtVerify(await restored.assertion('POST', `${ISSUER}/x`), publicKey, { audience: ISSUER });
});
