import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { randomBytes, webcrypto } from 'node:crypto';
import { baseOf, sendJson, type Credentials } from './http.js';

/** A request waiting for the person's decision, as the device receives it (push message or list). */
export interface ApprovalRequest {
  id: string;
  kind: string;
  bindingMessage: string;
  requester?: string;
  nonce: string;
  createdAt?: string;
  expiresAt?: string;
}

/** What a device keeps: its id at Vigil and its private key (a JWK, to be stored as a secret). */
export interface DeviceState {
  issuer: string;
  authenticatorId: string;
  privateKey: JWK;
}

/**
 * A person's authenticator device (docs/authenticator-protocol.md): an EC P-256 key enrolled
 * with an enrollment code, which then proves each call with a fresh device assertion, approves
 * or denies requests, and signs documents.
 */
export class VigilDevice {
  private constructor(readonly issuer: string, readonly authenticatorId: string, private readonly key: CryptoKey,
    private readonly jwk: JWK) {}

  /** Enrolls a new key for the person the enrollment code belongs to. */
  static async enroll(issuer: string | URL, enrollmentCode: string, name: string): Promise<VigilDevice> {
    const base = baseOf(issuer);
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const { kty, crv, x, y } = await exportJWK(publicKey);
    const proof = await new SignJWT({ code: enrollmentCode })
      .setProtectedHeader({ alg: 'ES256', typ: 'vigil-enrollment+jwt', jwk: { kty: kty!, crv, x, y } })
      .setAudience(`${base}/api/v1/authenticators`).setIssuedAt().setJti(jti()).sign(privateKey);
    const enrolled = await sendJson<{ authenticatorId: string }>(base, { anonymous: true }, {
      method: 'POST', path: '/api/v1/authenticators', json: { enrollmentCode, name, proof },
    });
    return new VigilDevice(base, enrolled.authenticatorId, privateKey as CryptoKey, await exportJWK(privateKey));
  }

  static async restore(state: DeviceState): Promise<VigilDevice> {
    const key = (await importJWK(state.privateKey, 'ES256')) as CryptoKey;
    return new VigilDevice(baseOf(state.issuer), state.authenticatorId, key, state.privateKey);
  }

  /** What to store to use this device again ({@link restore}); the private key is a secret. */
  state(): DeviceState {
    return { issuer: this.issuer, authenticatorId: this.authenticatorId, privateKey: this.jwk };
  }

  /** A single-use device assertion for one request (htu: the URL without its query). */
  async assertion(method: string, url: URL | string): Promise<string> {
    const target = new URL(url.toString());
    return new SignJWT({ htm: method.toUpperCase(), htu: `${target.origin}${target.pathname}` })
      .setProtectedHeader({ alg: 'ES256', typ: 'vigil-device+jwt', kid: this.authenticatorId })
      .setAudience(this.issuer).setIssuedAt().setExpirationTime('60s').setJti(jti()).sign(this.key);
  }

  credentials(): Credentials {
    return { device: (method, url) => this.assertion(method, url) };
  }

  /** The requests waiting for this person's decision, oldest first. */
  async pendingRequests(): Promise<ApprovalRequest[]> {
    return sendJson(this.issuer, this.credentials(), { path: '/api/v1/authenticators/requests' });
  }

  /** Approves or denies a request (a login, a CIBA request), signing exactly what was shown. */
  async decide(request: ApprovalRequest, approve: boolean): Promise<void> {
    const decision = approve ? 'approve' : 'deny';
    await sendJson(this.issuer, this.credentials(), { method: 'POST', path: `/api/v1/authenticators/requests/${request.id}/decision`,
      json: { decision, signature: await this.approval(request, decision) } });
  }

  /**
   * Approves a signing request: signs each document's data to sign (ECDSA P-256, SHA-256, raw r||s
   * as WebCrypto makes it) and sends the values with the signed approval.
   */
  async signDocuments(request: ApprovalRequest): Promise<{ status: string }> {
    const path = `/api/v1/authenticators/signing-requests/${request.id}`;
    const details = await sendJson<{ documents: { documentId: string; dataToSign: string }[] }>(this.issuer, this.credentials(), { path });
    const signatures = [];
    for (const document of details.documents) {
      const value = await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, this.key,
        Buffer.from(document.dataToSign, 'base64'));
      signatures.push({ documentId: document.documentId, value: Buffer.from(value).toString('base64'), encoding: 'P1363' });
    }
    return sendJson(this.issuer, this.credentials(), { method: 'POST', path: `${path}/signatures`,
      json: { approval: await this.approval(request, 'approve'), signatures } });
  }

  private approval(request: ApprovalRequest, decision: string): Promise<string> {
    return new SignJWT({ req: request.id, bm: request.bindingMessage, nonce: request.nonce, decision })
      .setProtectedHeader({ alg: 'ES256', typ: 'vigil-approval+jwt', kid: this.authenticatorId })
      .setIssuedAt().sign(this.key);
  }
}

function jti(): string {
  return randomBytes(18).toString('base64url');
}
