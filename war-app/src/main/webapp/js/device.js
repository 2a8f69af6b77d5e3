// This browser as an authenticator, speaking docs/authenticator-protocol.md with a WebCrypto key.
import { call, callForBytes, issuer } from './api.js';
import { now, randomId, signJws } from './jws.js';
import { confirmationClaims, stepPath } from './deliveries.js';
import { signatureValues } from './signing.js';
import { assertionBody, browserCeremony, creationOptions, registrationBody, requestOptions } from './passkey.js';
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

    /** A passkey needs an authenticator on this device that verifies the person (fingerprint, face, screen lock). */
    static async canHoldPasskey() {
        return typeof PublicKeyCredential !== 'undefined'
            && await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable().catch(() => false);
    }

    /** True once this device has a passkey: it then approves only while unlocked with it (§6). */
    get hasPasskey() {
        return Boolean(this.record.passkeyId);
    }

    /** Until when the server lets this device approve (null: locked). */
    get unlockedUntil() {
        return this.unlockedUntilMs || null;
    }

    isUnlocked(nowMs = Date.now()) {
        return !this.hasPasskey || (this.unlockedUntilMs && nowMs < this.unlockedUntilMs);
    }

    /** Forgets the unlock here and, when {@code server} is true, ends it on the server too (the app opened or locked itself). */
    async lock(server = false) {
        this.unlockedUntilMs = null;
        if (server && this.hasPasskey) {
            await this.call('POST', '/api/v1/authenticators/passkey/lock');
        }
    }

    /** Creates the passkey in the browser (the person verifies with a fingerprint, face or PIN) and registers it (§6). */
    async createPasskey() {
        const options = await this.call('POST', '/api/v1/authenticators/passkey/creation-options');
        const credential = await browserCeremony(() => navigator.credentials.create({ publicKey: creationOptions(options) }));
        const registered = await this.call('POST', '/api/v1/authenticators/passkey', registrationBody(options.challenge, credential));
        this.record = { ...this.record, passkeyId: registered.credentialId };
        await saveDevice(this.record);
        this.unlockedUntilMs = Date.parse(registered.unlockedUntil);
        return registered;
    }

    /** Asks for the passkey and has the server check it; the device may then approve until the answer's unlockedUntil. */
    async unlock() {
        const options = await this.call('POST', '/api/v1/authenticators/passkey/unlock-options');
        const credential = await browserCeremony(() => navigator.credentials.get({ publicKey: requestOptions(options) }));
        const unlocked = await this.call('POST', '/api/v1/authenticators/passkey/unlocks', assertionBody(options.challenge, credential));
        this.unlockedUntilMs = Date.parse(unlocked.unlockedUntil);
        return unlocked;
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

    /** Approves or denies (§4). */
    async decide(request, decision) {
        const signature = await this.approval(request, decision);
        await this.call('POST', `/api/v1/authenticators/requests/${encodeURIComponent(request.id)}/decision`, { decision, signature });
    }

    /** The signed answer to a request: it covers the request's id, binding message and nonce as received. */
    approval(request, decision) {
        return signJws(this.record.privateKey, { alg: 'ES256', typ: 'vigil-approval+jwt', kid: this.authenticatorId },
            { req: request.id, bm: request.bindingMessage, nonce: request.nonce, decision, iat: now() });
    }

    /** A signature request's documents: title, SHA-256 and the data to be signed of each (§5). */
    signingRequest(requestId) {
        return this.call('GET', signingPath(requestId));
    }

    /** The first page of one of its PDFs as a PNG, drawn by the server for this device only. */
    async preview(requestId, documentId) {
        const path = `${signingPath(requestId)}/documents/${encodeURIComponent(documentId)}/preview`;
        return callForBytes(path, 'image/png', { Authorization: 'Device ' + await this.assertion('GET', path) });
    }

    /** Signs every document's data to be signed and sends the values with the approval, in one call (§5). */
    async sign(request, signingRequest) {
        const signatures = await signatureValues(this.record.privateKey, signingRequest.documents);
        return this.call('POST', `${signingPath(request.id)}/signatures`, { approval: await this.approval(request, 'approve'), signatures });
    }

    /** What this device's person (a nurse) has to pick up or deliver. */
    deliveries() {
        return this.call('GET', '/api/v1/authenticators/deliveries');
    }

    /** Confirms a pickup or a delivery with a vigil-courier+jwt signed by this key. */
    async confirmStep(task, step) {
        const confirmation = await signJws(this.record.privateKey, { alg: 'ES256', typ: 'vigil-courier+jwt', kid: this.authenticatorId },
            confirmationClaims(task, step));
        return this.call('POST', stepPath(task, step), { confirmation });
    }
}

function signingPath(requestId) {
    return `/api/v1/authenticators/signing-requests/${encodeURIComponent(requestId)}`;
}
