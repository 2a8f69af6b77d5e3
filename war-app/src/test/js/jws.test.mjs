import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base64url, randomId, signJws } from '../../main/webapp/js/jws.js';

const decode = (part) => Buffer.from(part, 'base64url');

test('an ES256 JWS signed with a non-extractable WebCrypto key verifies, its signature raw r||s (P1363)', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jws = await signJws(keys.privateKey, { alg: 'ES256', typ: 'vigil-approval+jwt', kid: 'k' }, { req: 'r', bm: 'Grüezi', decision: 'approve' });

    const [header, payload, signature] = jws.split('.');
    assert.deepEqual(JSON.parse(decode(header)), { alg: 'ES256', typ: 'vigil-approval+jwt', kid: 'k' });
    assert.equal(JSON.parse(decode(payload)).bm, 'Grüezi');
    assert.equal(decode(signature).length, 64, 'P-256 r||s is 64 bytes; a DER signature would start with 0x30 and vary in length');
    const input = new TextEncoder().encode(header + '.' + payload);
    assert.equal(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, keys.publicKey, decode(signature), input), true);
    const altered = new TextEncoder().encode(header + '.' + base64url(new TextEncoder().encode('{"bm":"other"}')));
    assert.equal(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, keys.publicKey, decode(signature), altered), false);
    await assert.rejects(crypto.subtle.exportKey('jwk', keys.privateKey));
});

test('base64url has no padding and no + or /', () => {
    assert.equal(base64url(new Uint8Array([0xfb, 0xff, 0xfe])), '-__-');
    assert.equal(base64url(new Uint8Array([1])), 'AQ');
});

test('a jti is random and at least 16 characters', () => {
    const a = randomId();
    assert.ok(a.length >= 16);
    assert.notEqual(a, randomId());
});
