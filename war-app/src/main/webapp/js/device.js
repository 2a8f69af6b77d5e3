// This browser as an authenticator, speaking docs/authenticator-protocol.md with a WebCrypto key.
import { call, issuer } from './api.js';
import { now, randomId, signJws } from './jws.js';
import { loadDevice, saveDevice } from './store.js';

export class Device {
    constructor(record) {
        this.record = record;
    }

    get authenticatorId() {
        return this.record.authenticatorId;
    }

    get name() {
        return this.record.name;
    }

    /** The device enrolled earlier in this browser, or null. */
    static async load() {
        const record = await loadDevice();
        return record ? new Device(record) : null;
    }

    /**
     * Creates a P-256 key that cannot be exported (extractable false: the page may sign with it,
     * never read it), proves it to the server with the enrollment code and keeps it in IndexedDB.
     */
    static async enroll(enrollmentCode, name) {
        const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
        const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
        const proof = await signJws(keys.privateKey, { alg: 'ES256', typ: 'vigil-enrollment+jwt', jwk: { kty, crv, x, y } },
            { aud: issuer + '/api/v1/authenticators', code: enrollmentCode, iat: now(), jti: randomId() });
        const enrolled = await call('POST', '/api/v1/authenticators', { enrollmentCode, name, proof });
        const record = { authenticatorId: enrolled.authenticatorId, accountId: enrolled.accountId, name: enrolled.name,
            privateKey: keys.privateKey, publicJwk: { kty, crv, x, y }, enrolledAt: enrolled.createdAt };
        await saveDevice(record);
        return new Device(record);
    }

    /** A single-use device assertion for one request (§2). */
    assertion(method, path) {
        const iat = now();
        return signJws(this.record.privateKey, { alg: 'ES256', typ: 'vigil-device+jwt', kid: this.authenticatorId },
            { aud: issuer, htm: method, htu: issuer + path, iat, exp: iat + 60, jti: randomId() });
    }

    async call(method, path, body) {
        return call(method, path, body, { Authorization: 'Device ' + await this.assertion(method, path) });
    }

    pendingRequests() {
        return this.call('GET', '/api/v1/authenticators/requests');
    }

    /** Approves or denies (§4): the signature covers the request's id, binding message and nonce as received. */
    async decide(request, decision) {
        const signature = await signJws(this.record.privateKey, { alg: 'ES256', typ: 'vigil-approval+jwt', kid: this.authenticatorId },
            { req: request.id, bm: request.bindingMessage, nonce: request.nonce, decision, iat: now() });
        await this.call('POST', `/api/v1/authenticators/requests/${encodeURIComponent(request.id)}/decision`, { decision, signature });
    }
}
